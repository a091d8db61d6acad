package io.memberkit.bootstrap.server;

import io.memberkit.bootstrap.wiring.UseCases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * The uData API v1 subset over memberkit's use cases, under {@code /api/1}: what {@code memberkit serve} runs, and
 * what tests start on a random port.
 * <p>
 * It runs in a <b>second Micronaut context</b>, next to the one {@code Memberkit} starts for the database: this
 * context holds only the HTTP server, its controllers and the {@code UseCases} handed to it, so the library's
 * callers get no server they did not ask for, and the server never opens a second connection pool or runs the
 * migrations twice. Closing the server stops its context; the {@code Memberkit} behind it stays the caller's.
 */
public final class LocalServer implements AutoCloseable {
    /** The environment of the server's context; no configuration file goes with it. */
    public static final String ENVIRONMENT = "memberkit-server";
    private final ApplicationContext context;
    private final EmbeddedServer server;

    private LocalServer(ApplicationContext context, EmbeddedServer server) {
        this.context = context;
        this.server = server;
    }

    /** Starts serving {@code useCases} on {@code port}; 0 picks a free port (see {@link #port()}). */
    public static LocalServer start(UseCases useCases, int port) {
        Objects.requireNonNull(useCases, "useCases");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is between 0 and 65535");
        }
        var properties = new LinkedHashMap<String, Object>();
        properties.put("micronaut.server.port", port == 0 ? -1 : port);
        properties.put("micronaut.server.host", "localhost");
        // nulls are written, as uData writes them ("email": null, "next_page": null)
        properties.put("micronaut.serde.serialization.inclusion", "ALWAYS");
        var context = ApplicationContext.builder()
                .environments(ENVIRONMENT)
                .deduceEnvironment(false)
                .banner(false)
                .properties(properties)
                .singletons(useCases)
                .start();
        try {
            var server = context.getBean(EmbeddedServer.class);
            server.start();
            return new LocalServer(context, server);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public int port() {
        return server.getPort();
    }

    /** {@code http://localhost:<port>/api/1}. */
    public URI url() {
        return URI.create("http://localhost:" + port() + "/api/1");
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            context.close();
        }
    }
}
