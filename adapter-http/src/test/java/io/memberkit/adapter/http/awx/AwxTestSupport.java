package io.memberkit.adapter.http.awx;

import io.memberkit.adapter.http.fake.FakeRemote;
import io.memberkit.application.fake.InMemoryStore;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One emulated AWX per test class, reset before each test, and an adapter on it signed in with basic credentials,
 * walking lists two items a page so that every walk follows {@code next}.
 */
abstract class AwxTestSupport {
    static final String USER = "admin";
    static final String PASSWORD = "awx-password-3f9d-do-not-leak";
    static final UserId ME = new UserId("awx:1");
    static final OrganizationId DEFAULT = new OrganizationId("awx:1");
    static FakeRemote awx;
    static AwxAdapter adapter;
    /** The local audit trail and API keys the use-case tests wire beside the adapter. */
    InMemoryStore local;

    @BeforeAll
    static void startAwx() {
        awx = FakeRemote.start(FakeRemote.Reply.json(404, "{\"detail\": \"Not found.\"}"));
        adapter = AwxAdapter.create(configuration());
    }

    static AwxConfiguration configuration() {
        return AwxConfiguration.of(awx.baseUrl()).withBasic(USER, PASSWORD).withPageSize(2)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopAwx() {
        adapter.close();
        awx.close();
    }

    @BeforeEach
    void resetAwx() {
        awx.reset();
        local = new InMemoryStore(Clock.systemUTC());
    }

    /** The adapter's ports, with the local API keys and event log of an in-memory store. */
    OutboundPorts ports() {
        var ports = local.ports();
        return adapter.ports(ports.apiKeys(), ports.events(), Clock.systemUTC());
    }

    /** {@code GET /api/v2/me/} answers the real AWX 18 admin, id 1, superuser. */
    static void signedInAsAdmin() {
        awx.on("GET", "/api/v2/me/", FakeRemote.Reply.ok(AwxFixtures.me()));
    }
}
