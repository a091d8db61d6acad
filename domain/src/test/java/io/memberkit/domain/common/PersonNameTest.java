package io.memberkit.domain.common;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Nested
    class A_name_is_not_a_place_for_a_link {
        @Test
        void ordinary_names_are_kept_trimmed() {
            assertThat(PersonName.require("  Jean-Pierre ", "first_name")).isEqualTo("Jean-Pierre");
            assertThat(PersonName.require("O'Brien", "last_name")).isEqualTo("O'Brien");
            assertThat(PersonName.require("Agglomération de la Métadonnée", "name"))
                    .isEqualTo("Agglomération de la Métadonnée");
        }

        @Test
        void a_url_in_a_name_is_refused() {
            assertInvalid("first_name", () -> PersonName.require("Ada https://spam.example", "first_name"));
            assertInvalid("last_name", () -> PersonName.require("Visit www.spam", "last_name"));
            assertInvalid("name", () -> PersonName.require("Cheap pills at pills.com", "name"));
            assertInvalid("acronym", () -> PersonName.optional("FTP://files", "acronym"));
        }

        @Test
        void a_required_name_must_be_given() {
            assertInvalid("first_name", () -> PersonName.require(" ", "first_name"));
        }

        @Test
        void an_optional_blank_name_is_none() {
            assertThat(PersonName.optional("  ", "acronym")).isNull();
            assertThat(PersonName.optional(" DINUM ", "acronym")).isEqualTo("DINUM");
        }
    }
}
