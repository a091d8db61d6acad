package io.memberkit.domain.organization;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** uData's three messages are part of the contract here: clients show them as they are. */
class BusinessNumberTest {
    private static final String FIELD = "business_number_id";

    @Nested
    class A_siret_is_14_digits {
        @Test
        void a_valid_siret_is_kept() {
            assertThat(new BusinessNumber("73282932000074").value()).isEqualTo("73282932000074");
        }

        @Test
        void spaces_are_stripped_before_checking() {
            assertThat(new BusinessNumber("732 829 320 00074").value()).isEqualTo("73282932000074");
        }

        @Test
        void too_short_or_too_long_is_refused() {
            assertThat(assertInvalid(FIELD, () -> new BusinessNumber("110014016")).errors().get(FIELD))
                    .containsExactly("A siret number is made of 14 digits");
            assertThat(assertInvalid(FIELD, () -> new BusinessNumber("732829320000740")).errors().get(FIELD))
                    .containsExactly("A siret number is made of 14 digits");
        }

        @Test
        void letters_are_refused() {
            assertThat(assertInvalid(FIELD, () -> new BusinessNumber("tttttttttttttt")).errors().get(FIELD))
                    .containsExactly("A siret number is only made of digits");
            assertThat(assertInvalid(FIELD, () -> new BusinessNumber("7328293200007A")).errors().get(FIELD))
                    .containsExactly("A siret number is only made of digits");
        }
    }

    @Nested
    class Its_siren_luhn_checksum_must_hold_as_udata_checks_it {
        @Test
        void a_siret_whose_siren_checksum_holds_is_allowed_whatever_its_establishment_number() {
            assertThat(new BusinessNumber("13002526500013").value()).isEqualTo("13002526500013");
            // the SIREN 732829320 holds; uData does not check the establishment part, nor do we
            assertThat(new BusinessNumber("73282932000075").value()).isEqualTo("73282932000075");
        }

        @Test
        void la_poste_is_allowed() {
            assertThat(new BusinessNumber("35600000000048").value()).isEqualTo("35600000000048");
        }

        @Test
        void a_siret_whose_siren_checksum_fails_is_refused() {
            assertThat(assertInvalid(FIELD, () -> new BusinessNumber("12345678901234")).errors().get(FIELD))
                    .containsExactly("Invalid Siret number");
        }
    }

    @Nested
    class An_optional_siret {
        @Test
        void blank_means_none() {
            assertThat(BusinessNumber.parseOptional(" ")).isNull();
            assertThat(BusinessNumber.parseOptional(null)).isNull();
        }

        @Test
        void a_given_one_is_checked() {
            assertThat(BusinessNumber.parseOptional("73282932000074")).isEqualTo(new BusinessNumber("73282932000074"));
            assertInvalid(FIELD, () -> BusinessNumber.parseOptional("123"));
        }

        @Test
        void null_is_required_when_constructed_directly() {
            assertInvalid(FIELD, () -> new BusinessNumber(null));
        }
    }
}
