package io.memberkit.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.bootstrap.testing.TableRows;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.user.UserProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input against the local server (nothing written, a 4xx naming the field, never a 500), and a bounded loopback
 * load test: 50 clients for 3 s by default, {@code -Dmemberkit.load.seconds=30} for the long run; throughput and
 * p99 are printed, never asserted.
 */
class ServerHardeningTest {
    private static final String DB = "server-hardening";
    private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    private static Memberkit memberkit;
    private static LocalServer server;
    private static String adminKey;
    private static String org;

    @BeforeAll
    static void start() throws Exception {
        memberkit = Memberkit.builder().inMemory(DB).build();
        server = LocalServer.start(memberkit.useCases(), 0);
        var uc = memberkit.useCases();
        var user = uc.registerUser().register(new RegisterUser(Actor.anonymous(),
                new UserProfile("Ada", "Admin", new EmailAddress("ada@example.org"), null, null, null)));
        adminKey = uc.createApiKey().create(new CreateApiKey(Actor.user(user.id()), "tests")).token().value();
        var created = send("POST", "/organizations/", adminKey, "{\"name\": \"Hardening\", \"description\": \"d\"}".getBytes());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        org = io.memberkit.bootstrap.udata.Json.read(created.body()).get("id").getStringValue();
    }

    @AfterAll
    static void stop() {
        server.close();
        memberkit.close();
    }

    static HttpResponse<String> send(String method, String path, String key, byte[] body) {
        try {
            var builder = HttpRequest.newBuilder(URI.create(server.url() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", "application/json");
            if (key != null) {
                builder.header("X-API-KEY", key);
            }
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path, e);
        }
    }

    static List<String> rows() {
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:" + DB, "sa", "")) {
            return TableRows.of(connection);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Long> counts() {
        var out = new LinkedHashMap<String, Long>();
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:" + DB, "sa", "")) {
            for (var table : List.of("users", "organizations", "members", "membership_requests", "follows")) {
                try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void bad_input_is_a_client_error_naming_the_field_and_writes_nothing() {
        var before = rows();
        var huge = "x".repeat(100_000);
        var injection = "'; DROP TABLE users; --";
        record Case(String method, String path, byte[] body, String field) {
        }
        var cases = new ArrayList<Case>();
        cases.add(new Case("POST", "/organizations/", ("{\"name\": \"" + huge + "\", \"description\": \"d\"}").getBytes(), "name"));
        cases.add(new Case("POST", "/organizations/", "{\"name\": \"a\\u0000\\u0007b\", \"description\": \"d\"}".getBytes(), "name"));
        cases.add(new Case("POST", "/organizations/", "{\"name\": 42, \"description\": \"d\"}".getBytes(), "name"));
        cases.add(new Case("POST", "/organizations/", new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xc0,
            (byte) 0xaf, (byte) 0xff, '"', '}'}, "UTF-8"));
        cases.add(new Case("POST", "/organizations/", "{\"name\": [\"x\"], \"description\": {}}".getBytes(), "name"));
        cases.add(new Case("POST", "/organizations/" + org + "/member/", "{\"user\": \"x\", \"role\": \"boss\"}".getBytes(), "role"));
        cases.add(new Case("POST", "/organizations/" + org + "/member/", ("{\"user\": \"" + injection + "\", \"role\": \"admin\"}").getBytes(), null));
        cases.add(new Case("GET", "/organizations/?page_size=1000000", null, "page_size"));
        cases.add(new Case("GET", "/organizations/?page=-1", null, "page"));
        cases.add(new Case("GET", "/organizations/?badge=x", null, "badge"));
        cases.add(new Case("GET", "/organizations/" + org + "/membership/?status=maybe", null, "status"));
        cases.add(new Case("GET", "/organizations/?q=" + java.net.URLEncoder.encode(injection, java.nio.charset.StandardCharsets.UTF_8), null, null));
        cases.add(new Case("GET", "/users/..%2F..%2Fetc%2Fpasswd/", null, null));
        cases.add(new Case("GET", "/organizations/..%2F..%2Fetc%2Fpasswd/", null, null));
        var problems = new ArrayList<String>();
        for (var c : cases) {
            var answer = send(c.method(), c.path(), adminKey, c.body());
            int status = answer.statusCode();
            boolean clean = c.field() == null ? status < 500 && !answer.body().contains("Exception")
                    : status == 400 && answer.body().contains(c.field());
            if (!clean || answer.body().contains("\tat ")) {
                problems.add(c.method() + " " + c.path().substring(0, Math.min(80, c.path().length())) + " -> " + status
                        + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
        }
        assertThat(rows()).isEqualTo(before);
        assertThat(problems).isEmpty();
    }

    @Test
    void fifty_loopback_clients_lose_no_write() throws Exception {
        int seconds = Integer.getInteger("memberkit.load.seconds", 3);
        int clients = 50;
        // each client is one person with a key, following the organization then reading it, until time is up
        var keys = new ArrayList<String>();
        var uc = memberkit.useCases();
        for (int i = 0; i < clients; i++) {
            var user = uc.registerUser().register(new RegisterUser(Actor.anonymous(), new UserProfile("Load",
                    "Client" + i, new EmailAddress("load" + i + "@example.org"), null, null, null)));
            keys.add(uc.createApiKey().create(new CreateApiKey(Actor.user(user.id()), "load")).token().value());
        }
        long followsBefore = counts().get("follows");
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var unexpected = Collections.synchronizedList(new ArrayList<String>());
        var followed = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (var key : keys) {
            pool.submit(() -> {
                boolean follows = false;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    var answer = follows ? send("GET", "/organizations/" + org + "/", key, null)
                            : send("POST", "/organizations/" + org + "/followers/", key, null);
                    latencies.add(System.nanoTime() - t0);
                    if (answer.statusCode() >= 300) {
                        unexpected.add(answer.statusCode() + " " + answer.body());
                    } else if (!follows) {
                        follows = true;
                        followed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)).isTrue();
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99)) / 1e6;
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        System.out.printf("[load] %d clients, %d s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d follows%n",
                clients, seconds, sorted.size(), sorted.size() / (double) seconds, p50, p99, followed.get());
        assertThat(unexpected).isEmpty();
        assertThat(counts().get("follows") - followsBefore).isEqualTo(followed.get());
    }
}
