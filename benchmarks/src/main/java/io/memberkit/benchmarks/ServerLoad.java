package io.memberkit.benchmarks;

import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.bootstrap.server.LocalServer;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.error.DomainException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Scenario 6: the local server over loopback against the same use cases called in-process, for the may-edit and
 * member-page endpoints. Each client is a thread with its own {@link HttpClient}, walking its own slice of the
 * drawn calls (parameters change on every call); in-process, the same threads call the use cases directly. Every
 * answer is checked (a status other than 200 counts as an error), and the ratio is server over in-process.
 * <p>
 * The server answers for the caller (its API key), so each drawn user gets a key first; the keys are named
 * {@value #KEY_NAME} and deleted at the end.
 */
final class ServerLoad {
    static final String KEY_NAME = "bench-server-load";
    private static final int USERS = 512;

    private final Opened opened;
    private final Duration warmup;
    private final Duration measured;

    ServerLoad(Opened opened, Duration warmup, Duration measured) {
        this.opened = opened;
        this.warmup = warmup;
        this.measured = measured;
    }

    /** One call of a scenario: index {@code i} of the draw, through the server or in-process; true when answered. */
    private record Scenario(String name, String[] keys, String[] paths, IntPredicate inProcess) {
    }

    /** Figures of one run: calls per second, latencies in µs, errors. */
    record Figures(double perSecond, double p50, double p99, int errors) {
    }

    List<String> rows(String target, int[] concurrencies) throws Exception {
        var uc = opened.memberkit.useCases();
        var tokens = new LinkedHashMap<String, String>();
        try (var server = LocalServer.start(uc, 0)) {
            var rows = new ArrayList<String>();
            for (var scenario : List.of(mayEdit(tokens), memberPage(tokens))) {
                for (int clients : concurrencies) {
                    run(server, scenario, clients, warmup, true); // warms the JIT, the pools and the caches
                    var http = run(server, scenario, clients, measured, true);
                    run(server, scenario, clients, warmup, false);
                    var local = run(server, scenario, clients, measured, false);
                    rows.add(String.format(Locale.ROOT,
                            "| %s | %s | %d | %,.0f | %,.0f | **%.2f** | %,.0f / %,.0f | %,.0f / %,.0f | %d |",
                            target, scenario.name(), clients, local.perSecond(), http.perSecond(),
                            http.perSecond() / local.perSecond(), local.p50(), local.p99(), http.p50(), http.p99(),
                            http.errors() + local.errors()));
                    System.out.println("[bench] server " + rows.get(rows.size() - 1));
                }
            }
            return rows;
        } finally {
            deleteKeys();
        }
    }

    private Scenario mayEdit(Map<String, String> tokens) {
        var calls = Draws.MayEditCalls.draw(opened.data, 6_001);
        var kept = keep(calls.users(), tokens);
        var keys = new String[kept.length];
        var paths = new String[kept.length];
        var mayEdit = opened.memberkit.useCases().mayEdit();
        for (int k = 0; k < kept.length; k++) {
            int i = kept[k];
            keys[k] = tokens.get(calls.users()[i]);
            paths[k] = "/memberkit/organizations/" + calls.organizations()[i] + "/may-edit/?class="
                    + calls.classCodes()[i] + "&id=" + calls.subjects()[i];
        }
        return new Scenario("may-edit", keys, paths, k -> {
            int i = kept[k];
            mayEdit.mayEdit(new MayEdit(Actor.user(calls.users()[i]), new OrganizationId(calls.organizations()[i]),
                    new SubjectRef(calls.classes()[i], calls.subjects()[i])));
            return true;
        });
    }

    private Scenario memberPage(Map<String, String> tokens) {
        var calls = Draws.PageCalls.draw(opened.data, false, 6_002);
        var kept = keep(calls.actors(), tokens);
        var keys = new String[kept.length];
        var paths = new String[kept.length];
        var list = opened.memberkit.useCases().listMembersAfter();
        for (int k = 0; k < kept.length; k++) {
            int i = kept[k];
            keys[k] = tokens.get(calls.actors()[i]);
            paths[k] = "/memberkit/organizations/" + calls.organizations()[i] + "/members/page/?page_size=20";
        }
        return new Scenario("member page (20, first)", keys, paths, k -> {
            int i = kept[k];
            return list.list(ListMembersAfter.first(Actor.user(calls.actors()[i]),
                    new OrganizationId(calls.organizations()[i]), 20)).items().size() == 20;
        });
    }

    /** The calls whose user could get a key (an inactive or deleted account cannot), up to {@value #USERS} users. */
    private int[] keep(String[] users, Map<String, String> tokens) {
        var create = opened.memberkit.useCases().createApiKey();
        var kept = new ArrayList<Integer>();
        var refused = new java.util.HashSet<String>();
        for (int i = 0; i < users.length; i++) {
            var user = users[i];
            if (!tokens.containsKey(user) && !refused.contains(user) && tokens.size() < 2 * USERS) {
                try {
                    tokens.put(user, create.create(new CreateApiKey(Actor.user(user), KEY_NAME)).token().value());
                } catch (DomainException unusable) {
                    refused.add(user);
                }
            }
            if (tokens.containsKey(user)) {
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private Figures run(LocalServer server, Scenario scenario, int clients, Duration duration, boolean overHttp)
            throws InterruptedException {
        var latencies = new long[clients][];
        var counts = new int[clients];
        var errors = new AtomicInteger();
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            var thread = new Thread(() -> {
                var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                var mine = new long[1 << 20];
                int n = 0;
                int k = client * 7_919;
                try {
                    start.await();
                    long end = System.nanoTime() + duration.toNanos();
                    while (System.nanoTime() < end && n < mine.length) {
                        int call = k++ % scenario.paths().length;
                        long t0 = System.nanoTime();
                        boolean ok = overHttp ? get(http, server, scenario, call) : scenario.inProcess().test(call);
                        mine[n++] = System.nanoTime() - t0;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                latencies[client] = Arrays.copyOf(mine, n);
                counts[client] = n;
            });
            threads.add(thread);
            thread.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (var thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        var all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(all.length / seconds, all[(int) (all.length * 0.50)] / 1e3,
                all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e3, errors.get());
    }

    private static boolean get(HttpClient http, LocalServer server, Scenario scenario, int call) {
        var request = HttpRequest.newBuilder(URI.create(server.url() + scenario.paths()[call]))
                .header("X-API-KEY", scenario.keys()[call]).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void deleteKeys() throws java.sql.SQLException {
        try (var connection = opened.pool.getConnection();
             var statement = connection.prepareStatement("DELETE FROM api_keys WHERE name = ?")) {
            statement.setString(1, KEY_NAME);
            statement.executeUpdate();
        }
    }
}
