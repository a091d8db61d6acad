package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Badge;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Timeouts, retries, bodies that cannot be read: never a hang, never a raw client exception. */
class UdataFaultsTest extends UdataTestSupport {
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);
    private static final String SIG_PATH = "/organizations/" + UdataFixtures.SIG_ID + "/";
    private static final Duration GUARD = Duration.ofSeconds(10);
    private static UdataAdapter impatient;

    @BeforeAll
    static void impatientAdapter() {
        impatient = UdataAdapter.create(configuration().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400)));
    }

    @AfterAll
    static void closeImpatientAdapter() {
        impatient.close();
    }

    @Test
    void a_server_slower_than_the_read_timeout_is_unavailable_without_hanging() {
        udata.on("GET", SIG_PATH, Reply.ok(UdataFixtures.sig()).after(Duration.ofSeconds(3)));

        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> impatient.organizations().find(SIG))
                .isInstanceOf(BackendFailure.Unavailable.class)
                .hasMessageContaining("GET " + SIG_PATH)
                .hasMessageContaining("no answer"));
        // a read timeout is not retried: the caller has already waited its whole budget
        assertThat(udata.count("GET", SIG_PATH)).isEqualTo(1);
    }

    @Test
    void a_503_then_a_200_is_retried_and_succeeds() {
        udata.once("GET", SIG_PATH, Reply.message(503, "Service Unavailable"));
        udata.on("GET", SIG_PATH, Reply.ok(UdataFixtures.sig()));

        assertThat(adapter.organizations().find(SIG)).isPresent();
        assertThat(udata.count("GET", SIG_PATH)).isEqualTo(2);
    }

    @Test
    void a_429_with_retry_after_is_waited_for_then_retried() {
        udata.once("GET", SIG_PATH, Reply.message(429, "Too many requests").withHeader("Retry-After", "1"));
        udata.on("GET", SIG_PATH, request -> Reply.ok(UdataFixtures.sig()));

        assertTimeoutPreemptively(GUARD, () -> assertThat(adapter.organizations().find(SIG)).isPresent());

        assertThat(udata.arrivals()).hasSize(2);
        var waited = Duration.between(udata.arrivals().get(0), udata.arrivals().get(1));
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_retry_after_longer_than_allowed_fails_at_once() {
        udata.on("GET", SIG_PATH, Reply.message(429, "Too many requests").withHeader("Retry-After", "120"));

        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> adapter.organizations().find(SIG))
                .isInstanceOf(BackendFailure.Unavailable.class)
                .hasMessageContaining("429").hasMessageContaining("retry after 120"));
        assertThat(udata.count("GET", SIG_PATH)).isEqualTo(1);
    }

    @Test
    void a_get_still_failing_is_tried_a_bounded_number_of_times_then_unavailable() {
        udata.on("GET", SIG_PATH, Reply.message(502, "Bad Gateway"));

        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> adapter.organizations().find(SIG))
                .isInstanceOf(BackendFailure.Unavailable.class)
                .hasMessage("udata answered 502 to GET " + SIG_PATH + ": still failing after 3 attempt(s)"));
        assertThat(udata.count("GET", SIG_PATH)).isEqualTo(3);
    }

    @Test
    void put_and_delete_are_idempotent_so_they_are_retried_too() {
        var member = "/organizations/" + SIG.value() + "/member/u1/";
        udata.once("PUT", member, Reply.message(500, "oops"));
        udata.on("PUT", member, Reply.ok("{\"role\": \"admin\"}"));
        udata.once("DELETE", "/organizations/" + SIG.value() + "/badges/certified/", Reply.message(503, "busy"));
        udata.on("DELETE", "/organizations/" + SIG.value() + "/badges/certified/", Reply.ok("{}"));

        adapter.members().changeRole(SIG, new UserId("u1"), MemberRole.ADMIN);
        adapter.organizations().removeBadge(SIG, Badge.CERTIFIED);

        assertThat(udata.count("PUT", member)).isEqualTo(2);
        assertThat(udata.count("DELETE", "/organizations/" + SIG.value() + "/badges/certified/")).isEqualTo(2);
    }

    @Test
    void a_500_on_a_post_is_not_retried() {
        udata.on("POST", "/organizations/", Reply.message(500, "Internal Server Error"));

        assertThatThrownBy(() -> adapter.organizations().create(
                io.memberkit.domain.testing.TestOrganizations.anOrganization().build(), null))
                .isInstanceOf(BackendFailure.Unavailable.class)
                .hasMessage("udata answered 500 to POST /organizations/: not retried (POST is not idempotent)");
        assertThat(udata.onlyRequest().line()).isEqualTo("POST /organizations/");
    }

    @Test
    void a_malformed_body_is_a_bad_answer_naming_the_endpoint_and_status() {
        udata.on("GET", SIG_PATH, Reply.ok("<html>maintenance</html>"));

        assertThatThrownBy(() -> adapter.organizations().find(SIG))
                .isInstanceOf(BackendFailure.BadAnswer.class)
                .hasMessageStartingWith("udata sent an unreadable answer to GET " + SIG_PATH + " (status 200)")
                .hasMessageNotContaining(API_KEY);
    }

    @Test
    void a_truncated_body_is_a_bad_answer() {
        var whole = UdataFixtures.sig();
        udata.on("GET", SIG_PATH, Reply.ok(whole.substring(0, whole.length() / 2)));

        assertThatThrownBy(() -> adapter.organizations().find(SIG))
                .isInstanceOf(BackendFailure.BadAnswer.class)
                .hasMessageContaining("GET " + SIG_PATH).hasMessageContaining("status 200")
                .hasMessageContaining("malformed or truncated");
    }

    @Test
    void a_body_of_the_wrong_shape_is_a_bad_answer() {
        udata.on("GET", "/organizations/", Reply.ok("[1, 2, 3]"));

        assertThatThrownBy(() -> adapter.organizations().list(OrganizationQuery.all(), PageRequest.firstPage()))
                .isInstanceOf(BackendFailure.BadAnswer.class).hasMessageContaining("GET /organizations/");
    }

    @Test
    void a_payload_that_breaks_memberkit_rules_is_a_bad_answer_not_the_callers_invalid_input() {
        udata.on("GET", SIG_PATH, Reply.ok(UdataFixtures.sig().replace("\"service-d-information-du-gouvernement\"",
                "\"Not A Slug\"")));

        assertThatThrownBy(() -> adapter.organizations().find(SIG))
                .isInstanceOf(BackendFailure.BadAnswer.class).hasMessageContaining("does not fit");
    }

    @Test
    void an_empty_body_where_one_is_expected_is_a_bad_answer() {
        udata.on("GET", SIG_PATH, Reply.noContent());

        assertThatThrownBy(() -> adapter.organizations().find(SIG))
                .isInstanceOf(BackendFailure.BadAnswer.class).hasMessageContaining("status 204");
    }

    @Test
    void a_redirect_is_not_followed_so_the_key_never_goes_elsewhere() {
        udata.on("GET", SIG_PATH, new Reply(302, new byte[0], java.util.Map.of("Location", "http://127.0.0.2:1/steal"),
                Duration.ZERO));

        assertThatThrownBy(() -> adapter.organizations().find(SIG))
                .isInstanceOf(BackendFailure.BadAnswer.class).hasMessageContaining("unexpected status")
                .hasMessageContaining("302");
        assertThat(udata.requests()).hasSize(1);
    }

    @Test
    void read_only_mode_is_reported_as_such() {
        udata.on("PUT", "/organizations/" + SIG.value() + "/member/u1/", Reply.message(423, "Read-only mode"));

        assertThatThrownBy(() -> adapter.members().changeRole(SIG, new UserId("u1"), MemberRole.EDITOR))
                .isInstanceOf(BackendFailure.ReadOnly.class).hasMessageContaining("423");
    }

    @Test
    void a_refused_connection_is_unavailable_after_bounded_attempts() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var nowhere = UdataAdapter.create(configuration()
                .withBaseUrl(URI.create("http://127.0.0.1:" + closedPort + "/api/1")))) {
            assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> nowhere.organizations().find(SIG))
                    .isInstanceOf(BackendFailure.Unavailable.class)
                    .hasMessageContaining("cannot connect").hasMessageNotContaining(API_KEY));
        }
    }

    @Test
    void no_raw_client_exception_escapes_any_fault() {
        var faults = List.of(Reply.ok("{"), Reply.message(504, "Gateway Timeout"), Reply.message(418, "teapot"),
                Reply.json(200, "null"), Reply.ok("{\"id\": 42, \"badges\": \"nope\"}"));
        for (var fault : faults) {
            udata.reset();
            udata.on("GET", SIG_PATH, fault);
            assertThatThrownBy(() -> adapter.organizations().find(SIG))
                    .satisfiesAnyOf(
                            e -> assertThat(e).isInstanceOf(BackendFailure.class),
                            e -> assertThat(e).isInstanceOf(io.memberkit.domain.error.DomainException.class));
        }
    }
}
