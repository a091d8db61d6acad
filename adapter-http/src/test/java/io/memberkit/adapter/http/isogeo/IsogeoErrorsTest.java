package io.memberkit.adapter.http.isogeo;

import static io.memberkit.adapter.http.fake.FakeRemote.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Isogeo's refusals, JSON or not, as memberkit's errors, mapped as uData's are; retries as for every provider. */
class IsogeoErrorsTest extends IsogeoTestSupport {
    private static final Duration GUARD = Duration.ofSeconds(10);

    @Test
    void each_status_is_its_error_with_isogeos_words() {
        var cases = new LinkedHashMap<Integer, Class<? extends Throwable>>();
        cases.put(401, BackendFailure.Unauthenticated.class);
        cases.put(403, Forbidden.class);
        cases.put(404, NotFound.class);
        cases.put(409, Conflict.class);
        cases.put(410, Gone.class);
        cases.put(418, BackendFailure.BadAnswer.class);
        cases.forEach((status, type) -> {
            isogeo.reset();
            isogeo.on("GET", "/account/memberships", Reply.json(status, "{\"error\": \"Isogeo says " + status + "\"}"));
            assertThatThrownBy(() -> adapter.client().memberships(list -> list)).as("status %d", status)
                    .isInstanceOf(type).hasMessageContaining("Isogeo says " + status);
        });
    }

    @Test
    void an_expired_token_is_unauthenticated_naming_the_endpoint_and_oauths_reason() {
        isogeo.on("GET", "/account", Reply.json(401,
                "{\"error\": \"invalid_token\", \"error_description\": \"The access token expired\"}"));

        assertThatThrownBy(() -> adapter.client().account(a -> a))
                .isInstanceOf(BackendFailure.Unauthenticated.class)
                .hasMessage("isogeo refused the credentials (401) for GET /account: invalid_token: "
                        + "The access token expired");
    }

    @Test
    void an_html_error_page_is_still_a_mapped_error_with_its_title() {
        isogeo.on("GET", "/account/memberships", Reply.text(404, "text/html", """
                <!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head>
                <body><div id="header"><h1>Server Error</h1></div></body></html>"""));

        assertThatThrownBy(() -> adapter.client().memberships(list -> list))
                .isInstanceOf(NotFound.class).hasMessage("404 - File or directory not found.");
    }

    @Test
    void a_plain_text_refusal_is_still_a_mapped_error_with_its_first_line() {
        isogeo.on("GET", "/account/memberships", Reply.text(403, "text/plain", "Forbidden: no such share\nat ..."));

        assertThatThrownBy(() -> adapter.client().memberships(list -> list))
                .isInstanceOf(Forbidden.class).hasMessage("Forbidden: no such share");
    }

    @Test
    void a_bodyless_refusal_names_the_endpoint() {
        isogeo.on("GET", "/account", Reply.json(403, null));

        assertThatThrownBy(() -> adapter.client().account(a -> a))
                .isInstanceOf(Forbidden.class).hasMessage("isogeo refused GET /account (403)");
    }

    @Test
    void a_400_that_is_not_json_is_invalid_input_on_the_request() {
        isogeo.on("GET", "/account", Reply.text(400, "text/html", "<h1>Bad Request</h1>"));

        var error = catchThrowable(() -> adapter.client().account(a -> a));

        assertThat(error).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).isEqualTo(Map.of("request", List.of("Bad Request"))));
    }

    @Test
    void a_malformed_body_is_a_bad_answer_naming_the_endpoint_and_status() {
        isogeo.on("GET", "/account", Reply.ok("{\"_id\": \"89ee\", \"contact\": "));

        assertThatThrownBy(() -> adapter.client().account(a -> a))
                .isInstanceOf(BackendFailure.BadAnswer.class)
                .hasMessageContaining("isogeo").hasMessageContaining("GET /account").hasMessageContaining("200");
    }

    @Test
    void a_503_is_retried_then_succeeds() {
        isogeo.once("GET", "/account", Reply.text(503, "text/html", "<title>Service Unavailable</title>"));
        isogeo.on("GET", "/account", Reply.ok(account()));

        assertThat(adapter.client().<String>account(a -> a.id())).isEqualTo("89ee0eb3a15046a28886033b27f1d882");
        assertThat(isogeo.count("GET", "/account")).isEqualTo(2);
    }

    @Test
    void a_remote_still_failing_after_the_retries_is_unavailable() {
        isogeo.on("GET", "/account/memberships", Reply.text(502, "text/html", "<title>502 Bad Gateway</title>"));

        assertThatThrownBy(() -> adapter.client().memberships(list -> list))
                .isInstanceOf(BackendFailure.Unavailable.class)
                .hasMessage("isogeo answered 502 to GET /account/memberships: still failing after 3 attempt(s)");
        assertThat(isogeo.count("GET", "/account/memberships")).isEqualTo(3);
    }

    @Test
    void a_429_with_retry_after_is_waited_for_then_retried() {
        isogeo.once("GET", "/account", Reply.json(429, "{\"error\": \"slow down\"}").withHeader("Retry-After", "1"));
        isogeo.on("GET", "/account", Reply.ok(account()));

        assertTimeoutPreemptively(GUARD, () -> adapter.client().account(a -> a));

        assertThat(isogeo.arrivals()).hasSize(2);
        assertThat(Duration.between(isogeo.arrivals().get(0), isogeo.arrivals().get(1)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void the_token_is_never_in_a_message_even_when_isogeo_echoes_it() {
        var errors = new ArrayList<Throwable>();
        for (var reply : List.of(Reply.json(401, "{\"error\": \"bad token " + TOKEN + "\"}"),
                Reply.json(403, "{\"error\": \"Bearer " + TOKEN + " may not\"}"),
                Reply.text(404, "text/plain", "no " + TOKEN), Reply.json(400, "{\"error\": \"" + TOKEN + "\"}"),
                Reply.json(500, "{\"error\": \"" + TOKEN + "\"}"), Reply.ok("{not json " + TOKEN))) {
            isogeo.reset();
            isogeo.on("GET", "/account", reply);
            errors.add(catchThrowable(() -> adapter.client().account(a -> a)));
        }
        assertThat(errors).hasSize(6).doesNotContainNull().allSatisfy(error -> {
            for (Throwable t = error; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
            }
        });
        assertThat(configuration().toString()).doesNotContain(TOKEN).contains("token=[redacted]");
        assertThat(adapter.toString()).doesNotContain(TOKEN);
    }

    @Test
    void without_a_token_no_authorization_is_sent_and_isogeos_401_is_unauthenticated() {
        isogeo.on("GET", "/account", Reply.json(401, "{\"error\": \"invalid_request\"}"));
        try (var anonymous = IsogeoAdapter.create(IsogeoConfiguration.defaults().withBaseUrl(isogeo.baseUrl()))) {
            assertThat(anonymous.owner()).isEmpty();
            assertThatThrownBy(() -> anonymous.client().account(a -> a))
                    .isInstanceOf(BackendFailure.Unauthenticated.class);
            assertThatThrownBy(() -> anonymous.users().find(ME))
                    .isInstanceOf(BackendFailure.Unauthenticated.class);
        }
        assertThat(isogeo.onlyRequest().header("Authorization")).isNull();
    }
}
