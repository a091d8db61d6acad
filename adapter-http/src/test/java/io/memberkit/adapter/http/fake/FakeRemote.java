package io.memberkit.adapter.http.fake;

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
 * An emulated remote API (Isogeo, AWX) on a random local port, as {@code FakeUdata} is for uData: one Micronaut
 * controller ({@link FakeRemoteController}, enabled by the {@value #ENABLED} property only) answers everything under
 * {@code /remote} from a route table the test fills, and records every request. Replies carry their own content
 * type, so a test can answer with a proxy's HTML page or plain text. Unrouted requests get the provider's own 404.
 */
public final class FakeRemote implements AutoCloseable {
    public static final String ENABLED = "fake.remote.enabled";
    static final String MOUNT = "/remote";

    /** A request as the server received it; {@code path} is relative to the base URL. */
    public record Recorded(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                           String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        public String queryValue(String name) {
            var values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String line() {
            return method + " " + path;
        }
    }

    /** An answer: status, raw body, content type, headers, and an optional delay. */
    public record Reply(int status, byte[] body, String contentType, Map<String, String> headers, Duration delay) {
        public static Reply json(int status, String json) {
            return new Reply(status, json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8),
                    "application/json", Map.of(), Duration.ZERO);
        }

        public static Reply ok(String json) {
            return json(200, json);
        }

        public static Reply noContent() {
            return new Reply(204, new byte[0], null, Map.of(), Duration.ZERO);
        }

        public static Reply text(int status, String contentType, String text) {
            return new Reply(status, text.getBytes(StandardCharsets.UTF_8), contentType, Map.of(), Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            var copy = new java.util.HashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, body, contentType, copy, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, body, contentType, headers, wait);
        }
    }

    private final EmbeddedServer server;
    private final Reply notFound;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final List<java.time.Instant> arrivals = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Recorded, Reply>> routes = new ConcurrentHashMap<>();
    private final Map<String, Deque<Reply>> once = new ConcurrentHashMap<>();

    private FakeRemote(Reply notFound) {
        this.notFound = notFound;
        this.server = ApplicationContext.run(EmbeddedServer.class, Map.of(ENABLED, "true",
                "micronaut.server.port", "-1", "micronaut.server.host", "127.0.0.1"));
        server.getApplicationContext().getBean(FakeRemoteController.class).attach(this);
    }

    /** A server whose unrouted requests answer {@code notFound}, the provider's own 404. */
    public static FakeRemote start(Reply notFound) {
        return new FakeRemote(notFound);
    }

    /** The base URL an adapter is configured with: {@code http://127.0.0.1:port/remote}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getPort() + MOUNT);
    }

    public FakeRemote on(String method, String path, Function<Recorded, Reply> responder) {
        routes.put(method + " " + path, responder);
        return this;
    }

    public FakeRemote on(String method, String path, Reply reply) {
        return on(method, path, request -> reply);
    }

    /** Answers the next {@code method path} with these replies, one each, before the route (if any) takes over. */
    public FakeRemote once(String method, String path, Reply... replies) {
        once.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public Recorded onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.stream().map(Recorded::line).toList());
        }
        return requests.get(0);
    }

    public long count(String method, String path) {
        return requests.stream().filter(r -> r.line().equals(method + " " + path)).count();
    }

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
        return route == null ? notFound : route.apply(request);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
