package io.memberkit.domain.common;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequireTest {

    @Nested
    class Present {
        @Test
        void a_value_is_returned_and_null_is_refused_naming_the_field() {
            assertThat(Require.present("x", "actor")).isEqualTo("x");
            assertInvalid("actor", () -> Require.present(null, "actor"));
        }
    }

    @Nested
    class A_single_line_value {
        @Test
        void is_trimmed() {
            assertThat(Require.nonBlank("  Ada ", "first_name")).isEqualTo("Ada");
            assertThat(Require.line("  Ada ", "first_name")).isEqualTo("Ada");
        }

        @Test
        void is_required_by_non_blank_and_optional_for_line() {
            assertInvalid("name", () -> Require.nonBlank(" \t ", "name"));
            assertInvalid("name", () -> Require.nonBlank(null, "name"));
            assertThat(Require.line(" ", "name")).isNull();
            assertThat(Require.line(null, "name")).isNull();
        }

        @Test
        void refuses_control_characters_line_breaks_and_tabs_included() {
            assertInvalid("name", () -> Require.nonBlank("Ada\u0000Lovelace", "name"));
            assertInvalid("name", () -> Require.nonBlank("Ada\nLovelace", "name"));
            assertInvalid("name", () -> Require.line("Ada\tLovelace", "name"));
            assertInvalid("name", () -> Require.line("Ada\u007fLovelace", "name"));
        }

        @Test
        void is_at_most_255_characters_after_trimming() {
            assertThat(Require.nonBlank(" " + "a".repeat(Require.MAX_LINE) + " ", "name")).hasSize(255);
            assertInvalid("name", () -> Require.nonBlank("a".repeat(Require.MAX_LINE + 1), "name"));
        }
    }

    @Nested
    class Free_text {
        @Test
        void is_kept_as_written_with_its_line_breaks_and_tabs() {
            var text = "  First line\r\n\tsecond line  ";

            assertThat(Require.text(text, "description")).isEqualTo(text);
        }

        @Test
        void is_optional_unless_required() {
            assertThat(Require.text("  ", "description")).isNull();
            assertInvalid("comment", () -> Require.nonBlankText(" \n ", "comment"));
            assertThat(Require.nonBlankText("Please", "comment")).isEqualTo("Please");
        }

        @Test
        void refuses_other_control_characters() {
            assertInvalid("description", () -> Require.text("bell\u0007", "description"));
            assertInvalid("description", () -> Require.nonBlankText("nul\u0000", "description"));
        }

        @Test
        void is_at_most_10000_characters_and_never_truncated() {
            assertThat(Require.text("a".repeat(Require.MAX_TEXT), "description")).hasSize(10_000);
            assertInvalid("description", () -> Require.text("a".repeat(Require.MAX_TEXT + 1), "description"));
        }
    }

    @Nested
    class Between {
        @Test
        void the_bounds_are_allowed_and_outside_is_refused() {
            assertThat(Require.between(1, 1, 10, "size")).isEqualTo(1);
            assertThat(Require.between(10, 1, 10, "size")).isEqualTo(10);
            assertInvalid("size", () -> Require.between(0, 1, 10, "size"));
            assertInvalid("size", () -> Require.between(11, 1, 10, "size"));
        }
    }
}
