package io.memberkit.adapter.http.awx;

import static io.memberkit.adapter.http.fake.FakeRemote.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.UserRepository;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** AWX's refusals as memberkit's errors, mapped as uData's are; retries; secrecy; what AWX cannot do. */
class AwxErrorsTest extends AwxTestSupport {
    private static final Duration GUARD = Duration.ofSeconds(10);
    private static final OrganizationId OPS = new OrganizationId("awx:5");

    @Test
    void each_status_is_its_error_with_awxs_detail() {
        var cases = new LinkedHashMap<Integer, Class<? extends Throwable>>();
        cases.put(401, BackendFailure.Unauthenticated.class);
        cases.put(403, Forbidden.class);
        cases.put(404, NotFound.class);
        cases.put(409, Conflict.class);
        cases.put(410, Gone.class);
        cases.put(418, BackendFailure.BadAnswer.class);
        cases.forEach((status, type) -> {
            awx.reset();
            awx.on("POST", "/api/v2/organizations/5/admins/", Reply.json(status, "{\"detail\": \"AWX says " + status
                    + "\"}"));
            assertThatThrownBy(() -> adapter.members().changeRole(OPS, new UserId("awx:3"), MemberRole.ADMIN))
                    .as("status %d", status).isInstanceOf(type).hasMessageContaining("AWX says " + status);
        });
    }

    @Test
    @org.junit.jupiter.api.Timeout(30) // without the guard this walk never ends: fail, do not hang
    void a_next_link_back_to_the_same_page_is_a_bad_answer_not_an_endless_walk() {
        awx.on("GET", "/api/v2/organizations/", Reply.json(200, "{\"count\": 5, \"results\": [],"
                + " \"next\": \"/api/v2/organizations/?page=1&page_size=2\", \"previous\": null}"));

        assertThatThrownBy(() -> adapter.organizations().list(io.memberkit.application.port.out.OrganizationQuery.all(),
                io.memberkit.domain.common.PageRequest.first(2)))
                .isInstanceOf(BackendFailure.BadAnswer.class).hasMessageContaining("round in circles");
        assertThat(awx.requests()).hasSizeLessThan(5);
    }

    @Test
    void wrong_credentials_are_unauthenticated_naming_the_endpoint() {
        awx.on("GET", "/api/v2/organizations/5/", Reply.json(401,
                "{\"detail\": \"Authentication credentials were not provided.\"}"));

        assertThatThrownBy(() -> adapter.organizations().find(OPS))
                .isInstanceOf(BackendFailure.Unauthenticated.class)
                .hasMessage("awx refused the credentials (401) for GET /api/v2/organizations/5/: "
                        + "Authentication credentials were not provided.");
    }

    @Test
    void field_errors_are_invalid_input_field_by_field() {
        awx.on("POST", "/api/v2/organizations/5/users/", Reply.json(400,
                "{\"id\": [\"Invalid pk \\\"77\\\" - object does not exist.\"]}"));

        var error = catchThrowable(() -> adapter.members().add(new Member(OPS, new UserId("awx:77"),
                MemberRole.EDITOR, Instant.EPOCH)));

        assertThat(error).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .isEqualTo(Map.of("id", List.of("Invalid pk \"77\" - object does not exist."))));
    }

    @Test
    void a_get_is_retried_after_a_503_and_a_proxys_html_502_is_unavailable_after_the_retries() {
        awx.once("GET", "/api/v2/organizations/5/", Reply.json(503, "{\"detail\": \"busy\"}"));
        awx.on("GET", "/api/v2/organizations/5/", AwxFixtures.ok(AwxFixtures.organization(5, "Ops",
                "2019-01-01T00:00:00Z")));
        assertThat(adapter.organizations().find(OPS)).isPresent();
        assertThat(awx.count("GET", "/api/v2/organizations/5/")).isEqualTo(2);

        awx.reset();
        awx.on("GET", "/api/v2/organizations/5/", Reply.text(502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"));
        assertThatThrownBy(() -> adapter.organizations().find(OPS))
                .isInstanceOf(BackendFailure.Unavailable.class)
                .hasMessage("awx answered 502 to GET /api/v2/organizations/5/: still failing after 3 attempt(s)");
        assertThat(awx.count("GET", "/api/v2/organizations/5/")).isEqualTo(3);
    }

    @Test
    void a_429_with_retry_after_is_waited_for_then_retried() {
        awx.once("GET", "/api/v2/organizations/5/", Reply.json(429, "{\"detail\": \"Request was throttled.\"}")
                .withHeader("Retry-After", "1"));
        awx.on("GET", "/api/v2/organizations/5/", AwxFixtures.ok(AwxFixtures.organization(5, "Ops",
                "2019-01-01T00:00:00Z")));

        assertTimeoutPreemptively(GUARD, () -> assertThat(adapter.organizations().find(OPS)).isPresent());

        assertThat(Duration.between(awx.arrivals().get(0), awx.arrivals().get(1)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_payload_that_does_not_fit_is_a_bad_answer() {
        var nameless = AwxFixtures.organization(5, "Ops", "2019-01-01T00:00:00Z");
        nameless.put("name", "");
        awx.on("GET", "/api/v2/organizations/5/", AwxFixtures.ok(nameless));

        assertThatThrownBy(() -> adapter.organizations().find(OPS))
                .isInstanceOf(BackendFailure.BadAnswer.class)
                .hasMessageContaining("GET /api/v2/organizations/5/").hasMessageContaining("does not fit");
    }

    @Test
    void the_credentials_are_sent_but_never_logged_even_at_trace() {
        var captured = new ListAppender<ILoggingEvent>();
        captured.start();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var client = (Logger) LoggerFactory.getLogger("io.micronaut.http.client");
        var previous = client.getLevel();
        root.addAppender(captured);
        client.setLevel(Level.TRACE);
        try {
            awx.once("GET", "/api/v2/organizations/5/", Reply.json(401, "{\"detail\": \"Invalid password.\"}"));
            awx.on("GET", "/api/v2/organizations/5/", AwxFixtures.ok(AwxFixtures.organization(5, "Ops",
                    "2019-01-01T00:00:00Z")));
            catchThrowable(() -> adapter.organizations().find(OPS));
            adapter.organizations().find(OPS);
        } finally {
            root.detachAppender(captured);
            client.setLevel(previous);
        }
        var header = awx.requests().get(0).header("Authorization");
        assertThat(header).startsWith("Basic ");
        assertThat(captured.list).as("the client logged at TRACE").isNotEmpty();
        assertThat(captured.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(PASSWORD)
                .doesNotContain(header.substring("Basic ".length())));
    }

    @Test
    void no_message_shows_the_password_even_when_awx_echoes_it() {
        var errors = new ArrayList<Throwable>();
        for (var reply : List.of(Reply.json(401, "{\"detail\": \"bad password " + PASSWORD + "\"}"),
                Reply.json(403, "{\"detail\": \"" + PASSWORD + "\"}"),
                Reply.json(400, "{\"name\": [\"" + PASSWORD + "\"]}"),
                Reply.text(409, "text/plain", PASSWORD), Reply.ok("{\"id\": " + PASSWORD))) {
            awx.reset();
            awx.on("GET", "/api/v2/organizations/5/", reply);
            errors.add(catchThrowable(() -> adapter.organizations().find(OPS)));
        }
        assertThat(errors).hasSize(5).doesNotContainNull().allSatisfy(error -> {
            for (Throwable t = error; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
            }
        });
        assertThat(configuration().toString()).doesNotContain(PASSWORD).contains("password=redacted");
        assertThat(adapter.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void what_awx_has_no_such_thing_for_fails_as_not_supported_by_awx_without_a_call() {
        var ports = ports();
        var user = new User(ME, new Slug("admin"), "A", "B", null, null, null, null, Set.of(), true, Instant.EPOCH,
                null, null);
        var org = new Organization(OPS, "Ops", null, new Slug("ops"), null, null, null, null, Set.of(),
                Instant.EPOCH, null, null, null);
        List<Runnable> calls = List.of(
                () -> ports.users().slugExists(new Slug("admin")),
                () -> ports.users().add(user),
                () -> ports.users().update(user),
                () -> ports.users().updateOwnProfile(user),
                () -> ports.users().delete(user, new UserRepository.DeletionOptions(true, false)),
                () -> ports.users().deleteOwnAccount(user),
                () -> ports.organizations().create(org, new Member(OPS, ME, MemberRole.ADMIN, Instant.EPOCH)),
                () -> ports.organizations().update(org),
                () -> ports.organizations().markDeleted(org),
                () -> ports.organizations().addBadge(OPS, Badge.CERTIFIED),
                () -> ports.requests().find(new MembershipRequestId("r1")),
                () -> ports.requests().list(OPS, Optional.empty(), Optional.empty(), PageRequest.firstPage(),
                        java.time.Instant.now()),
                () -> ports.requests().pendingInvitationsFor(ME, Optional.empty()),
                () -> ports.assignments().list(OPS, PageRequest.firstPage()),
                () -> ports.assignments().replace(OPS, ME, Set.of(SubjectRef.dataset("d1")), Instant.EPOCH),
                () -> ports.subjects().find(SubjectRef.dataset("d1")),
                () -> ports.follows().followers(new FollowTarget.OfOrganization(OPS), PageRequest.firstPage()),
                () -> ports.follows().count(new FollowTarget.OfUser(ME)));

        assertThat(calls).allSatisfy(call -> assertThatThrownBy(call::run)
                .isInstanceOf(BackendFailure.NotSupported.class)
                .hasMessageEndingWith(" is not supported by awx"));
        assertThat(awx.requests()).isEmpty();
    }
}
