package io.memberkit.domain.common;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebUrlTest {

    @Nested
    class A_web_url_is_an_absolute_http_or_https_url {
        @Test
        void http_and_https_urls_are_kept_trimmed() {
            assertThat(new WebUrl(" https://www.example.org/about?lang=fr#team ").value())
                    .isEqualTo("https://www.example.org/about?lang=fr#team");
            assertThat(new WebUrl("http://localhost:8080").value()).isEqualTo("http://localhost:8080");
            assertThat(new WebUrl("HTTPS://data.example.fr").value()).isEqualTo("HTTPS://data.example.fr");
        }

        @Test
        void a_word_is_not_a_url() {
            assertInvalid("url", () -> new WebUrl("foo"));
        }

        @Test
        void other_schemes_are_refused() {
            assertInvalid("url", () -> new WebUrl("ftp://example.org/file"));
            assertInvalid("url", () -> new WebUrl("javascript:alert(1)"));
        }

        @Test
        void a_url_without_host_or_with_spaces_is_refused() {
            assertInvalid("url", () -> new WebUrl("https://"));
            assertInvalid("url", () -> new WebUrl("https://example.org/a b"));
            assertInvalid("url", () -> new WebUrl(""));
        }
    }

    @Nested
    class An_optional_url_names_its_field {
        @Test
        void blank_means_none() {
            assertThat(WebUrl.parseOptional("  ", "website")).isNull();
            assertThat(WebUrl.parseOptional(null, "website")).isNull();
        }

        @Test
        void a_bad_url_is_refused_on_the_given_field() {
            assertThat(WebUrl.parseOptional("https://example.org", "website")).isEqualTo(new WebUrl("https://example.org"));
            assertInvalid("website", () -> WebUrl.parseOptional("ftp://example.org", "website"));
        }
    }
}
