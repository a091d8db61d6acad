package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.udata.fake.FakeUdata;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One emulated uData per test class, reset before each test, and an adapter on it with short, test-sized bounds. */
abstract class UdataTestSupport {
    static final String API_KEY = "test-key-5f2a9c71-do-not-leak";
    static final String ME = "5dceb228634f41695338defb";
    static FakeUdata udata;
    static UdataAdapter adapter;

    @BeforeAll
    static void startUdata() {
        udata = FakeUdata.start();
        adapter = UdataAdapter.create(configuration());
    }

    static UdataConfiguration configuration() {
        return UdataConfiguration.fromEnvironment(java.util.Map.of())
                .withBaseUrl(udata.baseUrl())
                .withApiKey(API_KEY)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopUdata() {
        adapter.close();
        udata.close();
    }

    @BeforeEach
    void resetUdata() {
        udata.reset();
    }

    /** JSON text as maps, lists and scalars, to compare request bodies whatever their key order and spacing. */
    static Object json(String text) {
        try {
            return io.micronaut.serde.ObjectMapper.getDefault().readValue(text, Object.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static java.util.Map<String, Object> jsonObject(String text) {
        return (java.util.Map<String, Object>) json(text);
    }

    /** GET /me/ answers as the key's owner, Missak Kéloglanian, admin of SIG. */
    static void signedInAsMe() {
        udata.on("GET", "/me/", FakeUdata.Reply.ok(io.memberkit.adapter.http.udata.fake.UdataFixtures.user(ME,
                "Missak", "Kéloglanian", "missak@example.org", "[]", true)));
    }
}
