package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.memberkit.adapter.http.common.Secret;
import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key is sent, and never shown: not in logs at TRACE, not in any error message, not in any toString. */
class ApiKeySecrecyTest extends UdataTestSupport {
    private static final List<String> WATCHED = List.of("io.micronaut.http.client", "io.memberkit", "io.netty",
            "dev.failsafe");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Level> previous = new ArrayList<>();

    @BeforeEach
    void captureEverythingAtTrace() {
        captured.start();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        for (var name : WATCHED) {
            var logger = (Logger) LoggerFactory.getLogger(name);
            previous.add(logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
    }

    @AfterEach
    void restoreLevels() {
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        for (int i = 0; i < WATCHED.size(); i++) {
            ((Logger) LoggerFactory.getLogger(WATCHED.get(i))).setLevel(previous.get(i));
        }
    }

    @Test
    void the_key_is_sent_but_never_logged_even_at_trace() {
        var sig = new OrganizationId(UdataFixtures.SIG_ID);
        udata.on("GET", "/organizations/" + sig.value() + "/", Reply.ok(UdataFixtures.sig()));
        udata.once("PUT", "/organizations/" + sig.value() + "/member/u1/", Reply.message(503, "busy"));
        udata.on("PUT", "/organizations/" + sig.value() + "/member/u1/", Reply.message(401, "Invalid API token"));

        adapter.organizations().find(sig);
        catchThrowable(() -> adapter.members().changeRole(sig, new UserId("u1"), MemberRole.ADMIN));

        assertThat(udata.requests()).allSatisfy(r -> assertThat(r.header("X-API-KEY")).isEqualTo(API_KEY));
        // the client's event loop may still be logging (a pooled connection coming back): read a snapshot, taken
        // under the appender's own lock
        List<ILoggingEvent> events;
        synchronized (captured) {
            events = List.copyOf(captured.list);
        }
        assertThat(events).as("the client logged at TRACE").isNotEmpty();
        assertThat(events).anySatisfy(e -> assertThat(e.getLoggerName()).startsWith("io.micronaut.http.client"));
        for (var event : events) {
            assertThat(event.getFormattedMessage()).doesNotContain(API_KEY);
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(t.getMessage()).doesNotContain(API_KEY);
            }
        }
    }

    @Test
    void no_error_message_contains_the_key_even_when_the_remote_echoes_it() {
        var sig = new OrganizationId(UdataFixtures.SIG_ID);
        var path = "/organizations/" + sig.value() + "/";
        var errors = new ArrayList<Throwable>();
        for (var reply : List.of(Reply.message(401, "Invalid API token " + API_KEY),
                Reply.message(403, "key " + API_KEY + " may not"),
                Reply.message(410, "gone " + API_KEY), Reply.message(409, API_KEY), Reply.message(423, API_KEY),
                Reply.json(400, "{\"errors\": {\"name\": [\"bad " + API_KEY + "\"]}}"), Reply.message(500, API_KEY),
                Reply.ok("{not json " + API_KEY), Reply.json(302, null))) {
            udata.reset();
            udata.on("GET", path, reply);
            errors.add(catchThrowable(() -> adapter.organizations().find(sig)));
        }
        udata.reset();
        udata.on("DELETE", path + "member/u1/", Reply.message(404, "no member " + API_KEY));
        errors.add(catchThrowable(() -> adapter.members().remove(sig, new UserId("u1"))));
        assertThat(errors).hasSize(10).doesNotContainNull().allSatisfy(error -> {
            for (Throwable t = error; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(API_KEY);
                assertThat(t.toString()).doesNotContain(API_KEY);
            }
        });
    }

    @Test
    void configuration_client_and_adapter_do_not_show_the_key() {
        var configuration = configuration();
        var settings = configuration.toSettings();

        assertThat(configuration.toString()).doesNotContain(API_KEY).contains("apiKey=[redacted]");
        assertThat(settings.toString()).doesNotContain(API_KEY);
        assertThat(Secret.of(API_KEY).toString()).doesNotContain(API_KEY);
        assertThat(adapter.toString()).doesNotContain(API_KEY);
        assertThat(adapter.client().toString()).doesNotContain(API_KEY);
        assertThat(String.valueOf(settings.apiKey())).doesNotContain(API_KEY);
    }

    @Test
    void the_key_comes_from_the_environment_when_the_configuration_has_none() {
        var fromEnvironment = UdataConfiguration.fromEnvironment(Map.of("MEMBERKIT_API_KEY", "env-key-123"));
        var configured = fromEnvironment.withApiKey("configured-key");

        assertThat(fromEnvironment.apiKey()).map(Secret::reveal).contains("env-key-123");
        assertThat(configured.apiKey()).map(Secret::reveal).contains("configured-key");
        assertThat(fromEnvironment.withApiKey("  ").apiKey()).map(Secret::reveal).contains("env-key-123");
        assertThat(UdataConfiguration.fromEnvironment(Map.of()).apiKey()).isEmpty();
        assertThat(fromEnvironment.withoutApiKey().apiKey()).isEmpty();
        assertThat(fromEnvironment.baseUrl()).hasToString("https://www.data.gouv.fr/api/1");
    }

    @Test
    void without_a_key_no_key_header_is_sent() {
        var sig = new OrganizationId(UdataFixtures.SIG_ID);
        udata.on("GET", "/organizations/" + sig.value() + "/", Reply.ok(UdataFixtures.sig()));
        try (var anonymous = UdataAdapter.create(configuration().withoutApiKey()
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)))) {
            anonymous.organizations().find(sig);
        }
        assertThat(udata.onlyRequest().header("X-API-KEY")).isNull();
    }
}
