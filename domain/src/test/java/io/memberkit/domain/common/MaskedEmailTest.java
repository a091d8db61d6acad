package io.memberkit.domain.common;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MaskedEmailTest {

    @Nested
    class A_masked_email_is_kept_as_received_and_must_contain_a_star {
        @Test
        void a_masked_email_is_kept_as_received() {
            assertThat(new MaskedEmail("ad***@example.org").value()).isEqualTo("ad***@example.org");
            assertThat(new MaskedEmail("***@example.org").value()).isEqualTo("***@example.org");
        }

        @Test
        void a_clear_address_is_not_a_masked_email() {
            // a remote that stops masking must not slip a real address into a type meant for obfuscated ones
            assertInvalid("email", () -> new MaskedEmail("ada@example.org"));
            assertInvalid("email", () -> new MaskedEmail(null));
        }

        @Test
        void more_than_254_characters_are_refused() {
            assertInvalid("email", () -> new MaskedEmail("***@" + "a".repeat(251)));
        }
    }

    @Nested
    class A_masked_email_is_never_an_email_address {
        @Test
        void both_are_emails_but_of_different_types() {
            Email masked = new MaskedEmail("ad***@example.org");

            assertThat(masked).isNotInstanceOf(EmailAddress.class);
        }
    }
}
