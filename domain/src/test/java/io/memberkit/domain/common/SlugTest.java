package io.memberkit.domain.common;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlugTest {

    @Nested
    class A_slug_is_derived_from_a_name {
        @Test
        void accents_are_folded_and_words_joined_by_dashes() {
            assertThat(Slug.from("Agglomération de la Métadonnée").value()).isEqualTo("agglomeration-de-la-metadonnee");
        }

        @Test
        void ligatures_are_spelled_out() {
            assertThat(Slug.from("Cœur d'Œuvre Æther ex æquo").value()).isEqualTo("coeur-d-oeuvre-aether-ex-aequo");
            assertThat(Slug.from("Straße").value()).isEqualTo("strasse");
        }

        @Test
        void punctuation_and_runs_of_spaces_become_a_single_dash_and_none_is_left_at_either_end() {
            assertThat(Slug.from("  « Open data » : 2024 / v2.0 !  ").value()).isEqualTo("open-data-2024-v2-0");
        }

        @Test
        void a_long_name_is_cut_short_enough_to_take_a_suffix_without_ending_in_a_dash() {
            var slug = Slug.from("a".repeat(191) + " bcdef");

            assertThat(slug.value()).isEqualTo("a".repeat(191));
            assertThat(slug.unique(s -> s.equals(slug)).value()).hasSizeLessThanOrEqualTo(200);
        }

        @Test
        void a_blank_name_is_refused() {
            assertInvalid("slug", () -> Slug.from("   "));
            assertInvalid("slug", () -> Slug.from(null));
        }

        @Test
        void a_name_without_a_letter_or_digit_is_refused() {
            assertInvalid("slug", () -> Slug.from("!?—…"));
        }
    }

    @Nested
    class A_slug_is_lower_case_letters_and_digits_separated_by_single_dashes {
        @Test
        void a_well_formed_slug_is_kept() {
            assertThat(new Slug("open-data-2024").value()).isEqualTo("open-data-2024");
        }

        @Test
        void upper_case_double_dashes_and_edge_dashes_are_refused() {
            assertInvalid("slug", () -> new Slug("Open-Data"));
            assertInvalid("slug", () -> new Slug("open--data"));
            assertInvalid("slug", () -> new Slug("-open"));
            assertInvalid("slug", () -> new Slug("open-"));
            assertInvalid("slug", () -> new Slug(null));
        }

        @Test
        void more_than_200_characters_are_refused() {
            assertThat(new Slug("a".repeat(200)).value()).hasSize(200);
            assertInvalid("slug", () -> new Slug("a".repeat(201)));
        }
    }

    @Nested
    class A_taken_slug_gets_the_first_free_numbered_suffix {
        @Test
        void a_free_slug_is_kept() {
            var slug = new Slug("open-data");

            assertThat(slug.unique(taken -> false)).isEqualTo(slug);
        }

        @Test
        void a_taken_slug_becomes_slug_1() {
            var slug = new Slug("open-data");

            assertThat(slug.unique(Set.of(slug)::contains).value()).isEqualTo("open-data-1");
        }

        @Test
        void when_slug_1_is_taken_too_it_becomes_slug_2() {
            var taken = Set.of(new Slug("open-data"), new Slug("open-data-1"));

            assertThat(new Slug("open-data").unique(taken::contains).value()).isEqualTo("open-data-2");
        }
    }

    @Nested
    class The_shape_check {
        private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

        @Test
        void accepts_exactly_what_the_documented_pattern_accepts() {
            var random = new java.util.SplittableRandom(7);
            var alphabet = "az09-_A. é";
            int accepted = 0;
            for (int i = 0; i < 20_000; i++) {
                var text = new StringBuilder();
                for (int n = random.nextInt(7); n > 0; n--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                var value = text.toString();
                boolean expected = SHAPE.matcher(value).matches();
                boolean actual = isASlug(value);
                assertThat(actual).as("'%s'", value).isEqualTo(expected);
                accepted += actual ? 1 : 0;
            }
            assertThat(accepted).as("both kinds were drawn").isBetween(500, 19_500);
        }

        private boolean isASlug(String value) {
            try {
                new Slug(value);
                return true;
            } catch (io.memberkit.domain.error.InvalidInput refused) {
                return false;
            }
        }
    }
}
