package io.memberkit.adapter.http.isogeo;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.http.fake.FakeRemote;
import io.memberkit.adapter.http.fuzz.FuzzRun;
import io.memberkit.adapter.http.fuzz.JsonFuzzer;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoUserMapper;
import io.memberkit.application.port.out.BackendFailure;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Isogeo's real {@code GET /account} and {@code GET /account/memberships} bodies, mutated at random (see
 * {@link JsonFuzzer}) and served by the emulated Isogeo, read through the adapter: each read succeeds tolerantly or
 * is a {@code BadAnswer}; never a raw exception. Reading a workgroup the owner is not a member of is the documented
 * {@code NotSupported}.
 */
class IsogeoWireFuzzTest extends IsogeoTestSupport {

    @Test
    void mutatedPayloadsAreReadOrABadAnswer() {
        var fuzzer = new JsonFuzzer(JsonFuzzer.seed());
        var run = new FuzzRun("isogeo", fuzzer.seedValue());
        var account = JsonFuzzer.fixture("isogeo", "real-account-doc-api.json");
        var memberships = JsonFuzzer.fixture("isogeo", "real-account-memberships-doc-api.json");
        var body = new AtomicReference<byte[]>(new byte[0]);
        var client = new IsogeoClient(configuration());
        try {
            for (int i = 0; i < JsonFuzzer.cases(); i++) {
                isogeo.reset();
                int op = i % 4;
                if (op == 0) {
                    var payload = fuzzer.mutate(account);
                    body.set(payload);
                    isogeo.on("GET", "/account", request -> reply(body.get()));
                    run.check(i, "GET /account", payload, () -> client.account(IsogeoUserMapper.INSTANCE::toDomain));
                    continue;
                }
                var payload = fuzzer.mutate(memberships);
                body.set(payload);
                isogeo.on("GET", "/account", FakeRemote.Reply.ok(account()));
                isogeo.on("GET", "/account/memberships", request -> reply(body.get()));
                switch (op) {
                    case 1 -> run.check(i, "membershipsOf", payload, () -> adapter.members().membershipsOf(ME));
                    case 2 -> run.check(i, "member find", payload, () -> adapter.members().find(ISTRES, ME));
                    default -> run.check(i, "workgroup find", payload,
                            () -> adapter.organizations().find(MONTARGIS), BackendFailure.NotSupported.class);
                }
            }
        } finally {
            client.close();
        }
        System.out.println("[fuzz] " + run.summary());
        assertThat(run.unexpected()).as(run.summary()).isEmpty();
    }

    static FakeRemote.Reply reply(byte[] body) {
        return new FakeRemote.Reply(200, body, "application/json", Map.of(), Duration.ZERO);
    }
}
