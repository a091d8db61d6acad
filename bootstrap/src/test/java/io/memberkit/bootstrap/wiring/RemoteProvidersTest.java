package io.memberkit.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.membership.MemberRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Memberkit.Builder.remote} picks the provider by name: the same use cases, "me" and "my organizations",
 * over Isogeo and AWX, each signed in its own way. A plain JDK server serves the real payloads of
 * shared/reference/fixtures (the adapters' own tests cover the rest).
 */
class RemoteProvidersTest {
    private static HttpServer server;
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void serveTheRealPayloads() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/isogeo/account", "isogeo/real-account-doc-api.json");
        serve("/isogeo/account/memberships", "isogeo/real-account-memberships-doc-api.json");
        serve("/awx/api/v2/me/", "awx/real-me-awx18-awxkit.json");
        server.start();
    }

    private static void serve(String path, String fixture) {
        server.createContext(path, exchange -> {
            AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
            var body = exchange.getRequestURI().getPath().equals(path) ? fixture(fixture) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static byte[] fixture(String file) {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/reference/fixtures/" + file);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readAllBytes(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("shared/reference/fixtures/" + file + " not found");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void forget() {
        AUTHORIZATIONS.clear();
    }

    private static URI base(String provider) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + provider);
    }

    @Test
    void isogeo_me_and_my_workgroups_with_my_role_over_a_bearer_token() {
        try (var memberkit = Memberkit.builder().inMemory("isogeo-" + UUID.randomUUID())
                .remote("isogeo", base("isogeo"), "isogeo-token").build()) {
            var me = memberkit.keyOwner().orElseThrow();
            var account = memberkit.useCases().getMe().get(new GetMe(me));
            var mine = memberkit.useCases().listMyOrganizations().list(new ListMyOrganizations(me));

            assertThat(me).isEqualTo(Actor.user("isogeo:89ee0eb3a15046a28886033b27f1d882"));
            assertThat(account.fullName()).isEqualTo("Prénom NOM");
            assertThat(mine).extracting(m -> m.organization().id().value(), m -> m.membership().role())
                    .containsExactly(tuple("isogeo:60a8a69b7a8e43e5881800749a24068c", MemberRole.ADMIN),
                            tuple("isogeo:14f2720433c048d4b34400c3ce6b0bf7", MemberRole.ADMIN));
        }
        assertThat(AUTHORIZATIONS).isNotEmpty().containsOnly("Bearer isogeo-token");
    }

    @Test
    void awx_me_over_basic_credentials() {
        try (var memberkit = Memberkit.builder().inMemory("awx-" + UUID.randomUUID())
                .remote("awx", base("awx"), "admin:s3cret").build()) {
            var me = memberkit.keyOwner().orElseThrow();
            var account = memberkit.useCases().getMe().get(new GetMe(me));

            assertThat(me).isEqualTo(Actor.user("awx:1"));
            assertThat(account.slug().value()).isEqualTo("admin");
            assertThat(account.isSiteAdmin()).isTrue();
        }
        assertThat(AUTHORIZATIONS).isNotEmpty().containsOnly("Basic "
                + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_unknown_provider_is_refused_naming_the_known_ones() {
        assertThatThrownBy(() -> Memberkit.builder().remote("gitlab", URI.create("https://gitlab.example.org"), "t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider: gitlab is not supported; known: udata, isogeo, awx");
    }
}
