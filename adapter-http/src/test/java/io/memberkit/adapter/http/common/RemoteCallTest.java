package io.memberkit.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteCallTest {
    @Test
    void path_segments_are_percent_encoded_so_an_id_cannot_change_the_path() {
        assertThat(RemoteCall.get("/users/{}/", "a b/../c?d").path()).isEqualTo("/users/a%20b%2F..%2Fc%3Fd/");
        assertThat(RemoteCall.get("/users/{}/", "élise").path()).isEqualTo("/users/%C3%A9lise/");
        assertThatThrownBy(() -> RemoteCall.get("/users/{}/", "..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RemoteCall.get("/users/{}/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_query_skips_absent_values_and_is_encoded() {
        var call = RemoteCall.get("/users/").query("q", "ada lovelace&co").query("sort", Optional.empty())
                .query("page", 2).query("none", null);

        assertThat(call.pathAndQuery()).isEqualTo("/users/?q=ada+lovelace%26co&page=2");
        assertThat(call.describe()).isEqualTo("GET /users/");
    }

    @Test
    void a_next_page_query_is_copied_decoded() {
        var call = RemoteCall.get("/users/").queryOf("q=ada+lovelace%26co&page=3&page_size=20");

        assertThat(call.query()).containsExactly(Map.entry("q", "ada lovelace&co"), Map.entry("page", "3"),
                Map.entry("page_size", "20"));
    }

    @Test
    void only_post_is_not_idempotent() {
        assertThat(RemoteCall.Method.GET.idempotent()).isTrue();
        assertThat(RemoteCall.Method.PUT.idempotent()).isTrue();
        assertThat(RemoteCall.Method.DELETE.idempotent()).isTrue();
        assertThat(RemoteCall.Method.POST.idempotent()).isFalse();
    }

    @Test
    void retry_after_is_read_as_seconds_or_as_a_date() {
        assertThat(new RemoteResponse(429, null, Map.of("retry-after", "3")).retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(new RemoteResponse(429, null, Map.of("retry-after", "soon")).retryAfter()).isEmpty();
        assertThat(new RemoteResponse(429, null, Map.of()).retryAfter()).isEmpty();
        var past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
        assertThat(new RemoteResponse(503, null, Map.of("retry-after", past)).retryAfter()).contains(Duration.ZERO);
        var later = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        assertThat(new RemoteResponse(503, null, Map.of("retry-after", later)).retryAfter().orElseThrow())
                .isGreaterThan(Duration.ofMinutes(59));
    }

    @Test
    void settings_refuse_what_could_hang_or_leak() {
        assertThatThrownBy(() -> new RemoteSettings("x", java.net.URI.create("ftp://host/"), "K", Optional.empty(),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofMillis(1), Duration.ofMillis(2),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemoteSettings("x", java.net.URI.create("https://host/"), "K", Optional.empty(),
                Duration.ZERO, Duration.ofSeconds(1), 3, Duration.ofMillis(1), Duration.ofMillis(2),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemoteSettings("x", java.net.URI.create("https://host/"), "K", Optional.empty(),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMillis(1), Duration.ofMillis(2),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        var settings = new RemoteSettings("x", java.net.URI.create("https://host/api/1/"), "K",
                Optional.of(Secret.of("s3cr3t")), Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofMillis(1),
                Duration.ofMillis(2), Duration.ofSeconds(1));
        assertThat(settings.baseUrl()).hasToString("https://host/api/1");
        assertThat(settings.toString()).doesNotContain("s3cr3t");
        assertThat(Secret.of("s3cr3t").scrub("a s3cr3t b")).isEqualTo("a [redacted] b");
    }
}
