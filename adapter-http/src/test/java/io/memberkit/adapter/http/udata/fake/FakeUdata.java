package io.memberkit.adapter.http.udata.fake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An emulated uData API v1 on a random local port: Micronaut controllers ({@link FakeUdataController}, enabled by
 * the {@value #ENABLED} property only, so they never leak into other tests) answer from a route table the test
 * fills, and every request is recorded (method, path, query, headers, body) for the test to assert.
 * Unrouted requests answer 404 {@code {"message": "Not found"}}, as uData does.
 */
public final class FakeUdata implements AutoCloseable {
    public static final String ENABLED = "fake.udata.enabled";

    /** A request as the server received it. */
    public record Recorded(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                           String body) {
        /** A header by name, case-insensitive; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        public String queryValue(String name) {
            var values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** "GET /users/42/", relative to /api/1. */
        public String line() {
            return method + " " + path;
        }
    }

    /** An answer: status, raw body, headers, and an optional delay before answering. */
    public record Reply(int status, byte[] body, Map<String, String> headers, Duration delay) {
        public static Reply json(int status, String json) {
            return new Reply(status, json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8), Map.of(),
                    Duration.ZERO);
        }

        public static Reply ok(String json) {
            return json(200, json);
        }

        public static Reply noContent() {
            return json(204, null);
        }

        public static Reply message(int status, String message) {
            return json(status, "{\"message\": \"" + message.replace("\"", "\\\"") + "\"}");
        }

        public Reply withHeader(String name, String value) {
            var copy = new java.util.HashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, body, copy, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    private final EmbeddedServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final List<java.time.Instant> arrivals = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Recorded, Reply>> routes = new ConcurrentHashMap<>();
    private final Map<String, Deque<Reply>> once = new ConcurrentHashMap<>();

    private FakeUdata() {
        this.server = ApplicationContext.run(EmbeddedServer.class, Map.of(ENABLED, "true",
                "micronaut.server.port", "-1", "micronaut.server.host", "127.0.0.1",
                "micronaut.server.max-request-size", "20MB"));
        server.getApplicationContext().getBean(FakeUdataController.class).attach(this);
    }

    public static FakeUdata start() {
        return new FakeUdata();
    }

    /** The base URL an adapter is configured with: {@code http://127.0.0.1:port/api/1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/api/1");
    }

    /** Answers {@code method path} (relative to /api/1, query excluded) with {@code responder}, every time. */
    public FakeUdata on(String method, String path, Function<Recorded, Reply> responder) {
        routes.put(method + " " + path, responder);
        return this;
    }

    public FakeUdata on(String method, String path, Reply reply) {
        return on(method, path, request -> reply);
    }

    /** Answers the next {@code method path} with these replies, one each, before the route (if any) takes over. */
    public FakeUdata once(String method, String path, Reply... replies) {
        once.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The only request received; fails if there were several or none. */
    public Recorded onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.stream().map(Recorded::line).toList());
        }
        return requests.get(0);
    }

    public Recorded lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request received");
        }
        return requests.get(requests.size() - 1);
    }

    public long count(String method, String path) {
        return requests.stream().filter(r -> r.line().equals(method + " " + path)).count();
    }

    /** When each request arrived, in order. */
    public List<java.time.Instant> arrivals() {
        return List.copyOf(arrivals);
    }

    public void reset() {
        arrivals.clear();
        requests.clear();
        routes.clear();
        once.clear();
    }

    Reply handle(Recorded request) {
        arrivals.add(java.time.Instant.now());
        requests.add(request);
        var key = request.line();
        var queued = Optional.ofNullable(once.get(key)).map(Deque::poll);
        if (queued.isPresent()) {
            return queued.get();
        }
        var route = routes.get(key);
        return route == null ? Reply.message(404, "Not found") : route.apply(request);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
