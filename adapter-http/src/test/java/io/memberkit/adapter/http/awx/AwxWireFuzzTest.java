package io.memberkit.adapter.http.awx;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.http.fake.FakeRemote;
import io.memberkit.adapter.http.fake.ReferenceFixtures;
import io.memberkit.adapter.http.fuzz.FuzzRun;
import io.memberkit.adapter.http.fuzz.JsonFuzzer;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * AWX's real bodies ({@code /me/}, a user, the users and organizations lists), mutated at random (see
 * {@link JsonFuzzer}) and served by the emulated AWX, read through the adapter: each read succeeds tolerantly or is
 * a {@code BadAnswer}. A read that keeps asking (a {@code next} link that never ends the list) is caught too: past
 * {@value #MAX_REQUESTS} requests in one case the emulated AWX answers 503, which is not an accepted outcome.
 */
class AwxWireFuzzTest extends AwxTestSupport {
    static final int MAX_REQUESTS = 40;

    @Test
    void mutatedPayloadsAreReadOrABadAnswer() {
        var fuzzer = new JsonFuzzer(JsonFuzzer.seed() + 2);
        var run = new FuzzRun("awx", fuzzer.seedValue());
        var me = JsonFuzzer.fixture("awx", "real-me-awx18-awxkit.json");
        var user = JsonFuzzer.fixture("awx", "real-user-create-awx-go-mock.json");
        var users = JsonFuzzer.fixture("awx", "real-users-list-awx-go-mock.json");
        var organizations = JsonFuzzer.fixture("awx", "real-organizations-list-awx-go-mock.json");
        Object organization = ((List<?>) ((Map<?, ?>) organizations).get("results")).get(0);
        // the owner is someone else than awx:1, so finding awx:1 reads /users/1/ rather than /me/
        var someoneElse = ReferenceFixtures.parseObject(AwxFixtures.me());
        @SuppressWarnings("unchecked")
        var first = new HashMap<>((Map<String, Object>) ((List<?>) someoneElse.get("results")).get(0));
        first.put("id", 99);
        someoneElse.put("results", List.of(first));
        var meAsSomeoneElse = ReferenceFixtures.write(someoneElse);

        var body = new AtomicReference<byte[]>(new byte[0]);
        var requests = new AtomicInteger();
        var client = new AwxClient(configuration());
        try {
            for (int i = 0; i < JsonFuzzer.cases(); i++) {
                awx.reset();
                requests.set(0);
                awx.on("GET", "/api/v2/me/", FakeRemote.Reply.ok(meAsSomeoneElse));
                int op = i % 6;
                Object base = switch (op) {
                    case 0 -> me;
                    case 1 -> user;
                    case 2 -> users;
                    case 3 -> organization;
                    default -> organizations;
                };
                var payload = fuzzer.mutate(base);
                body.set(payload);
                java.util.function.Function<FakeRemote.Recorded, FakeRemote.Reply> serve = request ->
                        requests.incrementAndGet() > MAX_REQUESTS ? FakeRemote.Reply.json(503, "{}")
                                : new FakeRemote.Reply(200, body.get(), "application/json", Map.of(), Duration.ZERO);
                switch (op) {
                    case 0 -> {
                        awx.on("GET", "/api/v2/me/", serve);
                        run.check(i, "GET /me/", payload, client::me);
                    }
                    case 1 -> {
                        awx.on("GET", "/api/v2/users/1/", serve);
                        run.check(i, "user find", payload, () -> adapter.users().find(new UserId("awx:1")));
                    }
                    case 2 -> {
                        awx.on("GET", "/api/v2/users/", serve);
                        run.check(i, "users list", payload,
                                () -> adapter.users().list(UserQuery.all(), PageRequest.first(20)));
                    }
                    case 3 -> {
                        awx.on("GET", "/api/v2/organizations/1/", serve);
                        run.check(i, "organization find", payload,
                                () -> adapter.organizations().find(new OrganizationId("awx:1")));
                    }
                    case 4 -> {
                        awx.on("GET", "/api/v2/organizations/", serve);
                        run.check(i, "organizations list", payload,
                                () -> adapter.organizations().list(OrganizationQuery.all(), PageRequest.first(5)));
                    }
                    default -> {
                        awx.on("GET", "/api/v2/organizations/", serve);
                        run.check(i, "organization by slug (walk)", payload,
                                () -> adapter.organizations().findBySlug(Slug.from("default")));
                    }
                }
            }
        } finally {
            client.close();
        }
        System.out.println("[fuzz] " + run.summary());
        assertThat(run.unexpected()).as(run.summary()).isEmpty();
    }
}
