package io.memberkit.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.memberkit.application.port.out.BackendFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A connection cut in the middle of a body (the headers promised 1000 bytes, 20 came). Micronaut reports it as a
 * closed connection, which it cannot tell from one closed before any answer: a transport fault, retried for an
 * idempotent call, then {@code Unavailable}. A body that arrives whole but holds truncated JSON is a
 * {@code BadAnswer} (see UdataFaultsTest).
 */
class CutConnectionTest {
    @Test
    void a_body_cut_by_a_dropped_connection_is_retried_then_unavailable() throws Exception {
        var accepted = new AtomicInteger();
        try (var server = new ServerSocket(0)) {
            var thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try (var socket = server.accept()) {
                        accepted.incrementAndGet();
                        socket.getInputStream().read(new byte[8192]);
                        socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 1000\r\n\r\n{\"id\": \"abc\", \"na").getBytes(StandardCharsets.UTF_8));
                        socket.getOutputStream().flush();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
            var settings = new RemoteSettings("udata", URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/1"),
                    "X-API-KEY", Optional.of(Secret.of("k-123456")), Duration.ofSeconds(1), Duration.ofSeconds(2), 3,
                    Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(1));
            try (var client = new RestClient(settings, JsonCodec.standard("udata"), (c, r) -> new IllegalStateException())) {
                assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                        assertThatThrownBy(() -> client.call(RemoteCall.get("/x/"), Object.class))
                                .isInstanceOf(BackendFailure.Unavailable.class)
                                .hasMessage("udata is unavailable: the connection closed before an answer (GET /x/)"));
            }
        }
        assertThat(accepted).hasValue(3);
    }
}
