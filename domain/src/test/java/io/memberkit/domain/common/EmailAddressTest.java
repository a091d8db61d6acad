package io.memberkit.domain.common;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Nested
    class An_email_address_must_be_well_formed {
        @Test
        void a_valid_address_is_kept_trimmed() {
            assertThat(new EmailAddress("  ada.lovelace+data@example.org ").value())
                    .isEqualTo("ada.lovelace+data@example.org");
        }

        @Test
        void malformed_addresses_are_refused_on_the_email_field() {
            assertInvalid("email", () -> new EmailAddress("ada"));
            assertInvalid("email", () -> new EmailAddress("ada@example"));
            assertInvalid("email", () -> new EmailAddress("ada@@example.org"));
            assertInvalid("email", () -> new EmailAddress("ada..lovelace@example.org"));
            assertInvalid("email", () -> new EmailAddress("ada lovelace@example.org"));
            assertInvalid("email", () -> new EmailAddress(" "));
            assertInvalid("email", () -> new EmailAddress(null));
        }

        @Test
        void an_address_longer_than_254_characters_is_refused() {
            assertInvalid("email", () -> new EmailAddress("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63)
                    + "." + "d".repeat(63) + ".org"));
        }

        @Test
        void parsing_names_the_field_the_caller_gives() {
            assertThat(EmailAddress.parse("ada@example.org", "invitee").value()).isEqualTo("ada@example.org");
            assertInvalid("invitee", () -> EmailAddress.parse("not an email", "invitee"));
        }
    }

    @Nested
    class The_address_is_kept_lower_case_as_udata_keeps_it_so_lookups_match {
        @Test
        void an_address_written_in_mixed_case_equals_its_lower_case_self() {
            var email = new EmailAddress("Ada.Lovelace@Example.ORG");

            assertThat(email.value()).isEqualTo("ada.lovelace@example.org");
            assertThat(email.domain()).isEqualTo("example.org");
            assertThat(email).isEqualTo(new EmailAddress("ada.lovelace@example.org"));
        }

        @Test
        void different_addresses_stay_different() {
            assertThat(new EmailAddress("ada@example.org")).isNotEqualTo(new EmailAddress("ada@example.com"));
        }
    }

    @Nested
    class Masking_follows_udata {
        @Test
        void members_see_the_first_two_letters_then_stars() {
            assertThat(new EmailAddress("admin@example.org").maskedForMembers())
                    .isEqualTo(new MaskedEmail("ad***@example.org"));
            assertThat(new EmailAddress("ada@example.org").maskedForMembers().value()).isEqualTo("ad***@example.org");
        }

        @Test
        void members_never_see_more_than_two_letters_of_a_long_local_part() {
            assertThat(new EmailAddress("adalovelace@example.org").maskedForMembers().value())
                    .matches("ad\\*{3,}@example\\.org");
        }

        @Test
        void a_one_or_two_letter_local_part_shows_only_its_first_letter() {
            assertThat(new EmailAddress("a@example.org").maskedForMembers().value()).isEqualTo("a***@example.org");
            assertThat(new EmailAddress("ab@example.org").maskedForMembers().value()).isEqualTo("a***@example.org");
        }

        @Test
        void others_see_only_the_domain() {
            assertThat(new EmailAddress("admin@Example.org").maskedForOthers().value()).isEqualTo("***@example.org");
        }
    }
}
