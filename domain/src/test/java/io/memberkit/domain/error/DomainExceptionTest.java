package io.memberkit.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Nested
    class Each_refusal_says_its_kind {
        @Test
        void every_kind_has_its_type() {
            // an exhaustive switch over ErrorKind maps these to exit codes and HTTP statuses
            assertThat(List.<DomainException>of(InvalidInput.of("name", "is required"), new NotFound("x"),
                    new Gone("x"), new Forbidden("x"), new Conflict("x"), new RuleBroken(Rule.LAST_ADMIN, "x")))
                    .extracting(DomainException::kind)
                    .containsExactly(ErrorKind.values());
        }
    }

    @Nested
    class Invalid_input_names_at_least_one_field {
        @Test
        void fields_keep_their_order_and_messages() {
            var errors = new LinkedHashMap<String, List<String>>();
            errors.put("name", List.of("is required"));
            errors.put("business_number_id", List.of("Invalid Siret number"));

            var error = new InvalidInput(errors);

            assertThat(error.errors()).containsExactly(Map.entry("name", List.of("is required")),
                    Map.entry("business_number_id", List.of("Invalid Siret number")));
            assertThat(error.field()).isEqualTo("name");
        }

        @Test
        void none_is_a_programming_error() {
            assertThatThrownBy(() -> new InvalidInput(Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class A_broken_rule_is_named {
        @Test
        void the_rule_is_kept() {
            assertThat(new RuleBroken(Rule.INVITATION_EXPIRED, "expired").rule()).isEqualTo(Rule.INVITATION_EXPIRED);
        }

        @Test
        void an_unnamed_rule_is_a_programming_error() {
            assertThatThrownBy(() -> new RuleBroken(null, "x")).isInstanceOf(NullPointerException.class);
        }
    }
}
