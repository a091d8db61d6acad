package io.memberkit.adapter.http.udata;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.http.fuzz.FuzzRun;
import io.memberkit.adapter.http.fuzz.JsonFuzzer;
import io.memberkit.adapter.http.udata.fake.FakeUdata;
import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * uData's real organization bodies (SIG from udata's fixtures, DINUM from production), their members' users, and
 * page envelopes built from them, mutated at random (see {@link JsonFuzzer}) and served by the emulated uData, read
 * through the adapter, walks included: each read succeeds tolerantly or is a {@code BadAnswer}, never a raw
 * exception. Past {@value #MAX_REQUESTS} requests in one case the emulated uData answers 503 (a walk that never
 * ends), which is not an accepted outcome.
 */
class UdataWireFuzzTest extends UdataTestSupport {
    static final int MAX_REQUESTS = 40;

    @Test
    void mutatedPayloadsAreReadOrABadAnswer() {
        var fuzzer = new JsonFuzzer(JsonFuzzer.seed() + 1);
        var run = new FuzzRun("udata", fuzzer.seedValue());
        var sig = JsonFuzzer.fixture("udata", "real-organization-SIG-from-udata-fixtures.json");
        var dinum = JsonFuzzer.fixture("udata", "real-organization-datagouvfr-dinum.json");
        var orgs = List.of(sig, dinum);
        // the members' users of the real payloads, as full accounts (the real payloads hold references only)
        var people = new ArrayList<Object>();
        for (var org : orgs) {
            for (var member : (List<?>) ((Map<?, ?>) org).get("members")) {
                var ref = (Map<?, ?>) ((Map<?, ?>) member).get("user");
                people.add(io.memberkit.adapter.http.fake.ReferenceFixtures.parse(UdataFixtures.user(
                        String.valueOf(ref.get("id")), String.valueOf(ref.get("first_name")),
                        String.valueOf(ref.get("last_name")), null, "[]", true)));
            }
        }
        var someone = String.valueOf(((Map<?, ?>) people.get(0)).get("id"));
        var organizationsPage = envelope(orgs);
        var usersPage = envelope(people);
        var sigId = new OrganizationId(UdataFixtures.SIG_ID);

        var body = new AtomicReference<byte[]>(new byte[0]);
        var requests = new AtomicInteger();
        Function<FakeUdata.Recorded, FakeUdata.Reply> serve = request ->
                requests.incrementAndGet() > MAX_REQUESTS ? FakeUdata.Reply.json(503, "{}")
                        : new FakeUdata.Reply(200, body.get(), Map.of(), Duration.ZERO);
        for (int i = 0; i < JsonFuzzer.cases(); i++) {
            udata.reset();
            requests.set(0);
            int op = i % 7;
            Object base = switch (op) {
                case 0, 1, 2 -> orgs.get(fuzzer.random().nextInt(2));
                case 3, 4 -> organizationsPage;
                case 5 -> people.get(fuzzer.random().nextInt(people.size()));
                default -> usersPage;
            };
            var payload = fuzzer.mutate(base);
            body.set(payload);
            udata.on("GET", "/organizations/" + UdataFixtures.SIG_ID + "/", serve);
            udata.on("GET", "/organizations/", serve);
            signedInAsMe();
            udata.on("GET", "/users/" + someone + "/", serve);
            udata.on("GET", "/users/", serve);
            switch (op) {
                case 0 -> run.check(i, "organization find", payload, () -> adapter.organizations().find(sigId));
                case 1 -> run.check(i, "members list", payload,
                        () -> adapter.members().list(sigId, MemberFilter.ALL, PageRequest.first(20)));
                case 2 -> run.check(i, "member find", payload,
                        () -> adapter.members().find(sigId, new UserId(ME)));
                case 3 -> run.check(i, "organizations page", payload,
                        () -> adapter.organizations().list(OrganizationQuery.all(), PageRequest.first(20)));
                case 4 -> run.check(i, "organizations walk", payload,
                        () -> adapter.organizations().stream(OrganizationQuery.all(), 20).toList());
                case 5 -> run.check(i, "user find", payload, () -> adapter.users().find(new UserId(someone)));
                default -> run.check(i, i % 2 == 0 ? "users walk" : "users page", payload, i % 2 == 0
                        ? () -> adapter.users().stream(UserQuery.all(), 20).toList()
                        : () -> adapter.users().list(UserQuery.all(), PageRequest.first(20)));
            }
        }
        System.out.println("[fuzz] " + run.summary());
        assertThat(run.unexpected()).as(run.summary()).isEmpty();
    }

    /** uData's page envelope around real items, with a next page to follow. */
    private static Map<String, Object> envelope(List<Object> items) {
        var page = new LinkedHashMap<String, Object>();
        page.put("data", new ArrayList<>(items));
        page.put("page", 1);
        page.put("page_size", 20);
        page.put("total", items.size() + 1);
        page.put("next_page", "https://www.data.gouv.fr/api/1/organizations/?page=2&page_size=20");
        page.put("previous_page", null);
        return page;
    }
}
