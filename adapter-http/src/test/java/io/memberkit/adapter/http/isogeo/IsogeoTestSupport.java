package io.memberkit.adapter.http.isogeo;

import io.memberkit.adapter.http.fake.FakeRemote;
import io.memberkit.adapter.http.fake.ReferenceFixtures;
import io.memberkit.application.fake.InMemoryStore;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One emulated Isogeo per test class, reset before each test, and an adapter on it with short, test-sized bounds. */
abstract class IsogeoTestSupport {
    static final String TOKEN = "isogeo-token-7c1e-do-not-leak";
    /** The owner of the token in the real payloads: {@code _id} of {@code GET /account}. */
    static final UserId ME = new UserId("isogeo:89ee0eb3a15046a28886033b27f1d882");
    static final OrganizationId ISTRES = new OrganizationId("isogeo:60a8a69b7a8e43e5881800749a24068c");
    static final OrganizationId MONTARGIS = new OrganizationId("isogeo:14f2720433c048d4b34400c3ce6b0bf7");
    static FakeRemote isogeo;
    static IsogeoAdapter adapter;

    @BeforeAll
    static void startIsogeo() {
        isogeo = FakeRemote.start(FakeRemote.Reply.json(404, "{\"error\": \"Not found\"}"));
        adapter = IsogeoAdapter.create(configuration());
    }

    static IsogeoConfiguration configuration() {
        return IsogeoConfiguration.defaults().withBaseUrl(isogeo.baseUrl()).withToken(TOKEN)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopIsogeo() {
        adapter.close();
        isogeo.close();
    }

    @BeforeEach
    void resetIsogeo() {
        isogeo.reset();
    }

    /** The real {@code GET /account} body (Isogeo's documentation, pseudonymised by Isogeo). */
    static String account() {
        return ReferenceFixtures.read("isogeo", "real-account-doc-api.json");
    }

    /** The real {@code GET /account/memberships} body: two workgroups, admin of both. */
    static String memberships() {
        return ReferenceFixtures.read("isogeo", "real-account-memberships-doc-api.json");
    }

    static void servesTheRealAccount() {
        isogeo.on("GET", "/account", FakeRemote.Reply.ok(account()));
        isogeo.on("GET", "/account/memberships", FakeRemote.Reply.ok(memberships()));
    }

    /** The adapter's ports, with the local API keys and event log of an in-memory store. */
    static OutboundPorts ports() {
        var local = new InMemoryStore(Clock.systemUTC()).ports();
        return adapter.ports(local.apiKeys(), local.events(), Clock.systemUTC());
    }
}
