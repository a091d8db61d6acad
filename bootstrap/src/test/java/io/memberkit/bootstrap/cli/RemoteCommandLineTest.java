package io.memberkit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.bootstrap.server.LocalServer;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.user.UserProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line online ({@code --remote}, or {@code MEMBERKIT_MODE}): against memberkit's own server (a uData
 * API v1 over its own in-memory database), a port where nothing listens, and small servers that fail. The
 * environment each run sees is the test's map, so the API key comes from "the environment" as it does for a user.
 * Each run's local database (the audit trail online) is a fresh directory.
 */
class RemoteCommandLineTest {
    private static Memberkit remote;
    private static LocalServer server;
    private static String alice;
    private static String aliceKey;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void aRemoteWithAlice() {
        remote = Memberkit.builder().inMemory("remote-cli-test").build();
        server = LocalServer.start(remote.useCases(), 0);
        var uc = remote.useCases();
        alice = uc.registerUser().register(new RegisterUser(Actor.anonymous(), new UserProfile("Alice", "Martin",
                new EmailAddress("alice@example.org"), null, null, null))).id().value();
        aliceKey = uc.createApiKey().create(new CreateApiKey(Actor.user(alice), "cli")).token().value();
    }

    @AfterAll
    static void stop() {
        server.close();
        remote.close();
    }

    private CliRun run(Map<String, String> environment, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        int exit = MemberkitCli.run(environment, new PrintWriter(out, true), new PrintWriter(err, true), withDataDir);
        return new CliRun(exit, out.toString().strip(), err.toString().strip());
    }

    private static Map<String, String> withKey(String key) {
        return Map.of("MEMBERKIT_API_KEY", key);
    }

    @Nested
    class Against_a_udata_api {
        @Test
        void the_api_keys_owner_is_me() {
            var run = run(withKey(aliceKey), "--remote", server.url().toString(), "me", "show", "-o", "json");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.text("id")).isEqualTo(alice);
            assertThat(run.text("email")).isEqualTo("alice@example.org");
        }

        @Test
        void mode_and_base_url_may_come_from_the_environment() {
            var environment = Map.of("MEMBERKIT_MODE", "remote", "MEMBERKIT_BASE_URL", server.url().toString(),
                    "MEMBERKIT_API_KEY", aliceKey);

            var run = run(environment, "me", "show", "-o", "json");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.text("id")).isEqualTo(alice);
        }

        @Test
        void an_organization_created_online_has_the_keys_owner_as_admin() {
            var run = run(withKey(aliceKey), "--remote", server.url().toString(), "orgs", "create", "--name",
                    "Created over HTTP", "-o", "json");

            assertThat(run.exit()).as(run.err()).isZero();
            var members = remote.useCases().listMembers().list(new ListMembers(Actor.user(alice),
                    new OrganizationId(run.text("id")), Optional.empty(), PageRequest.firstPage()));
            assertThat(members.items()).singleElement().satisfies(m -> {
                assertThat(m.user().id().value()).isEqualTo(alice);
                assertThat(m.member().role()).isEqualTo(MemberRole.ADMIN);
            });
        }

        @Test
        void a_partial_editor_is_invited_with_assignments_and_subjects_stay_the_remotes() {
            var uc = remote.useCases();
            var organization = uc.createOrganization().create(new CreateOrganization(Actor.user(alice),
                    new OrganizationDetails("Partial Work", null, null, null, null, null))).id().value();
            uc.registerSubject().register(new RegisterSubject(Actor.user(alice),
                    new Subject(SubjectRef.dataset("budget"), new OrganizationId(organization))));
            var bob = uc.registerUser().register(new RegisterUser(Actor.anonymous(), new UserProfile("Bruno",
                    "Lefevre", new EmailAddress("bruno@example.org"), null, null, null))).id().value();

            var invited = run(withKey(aliceKey), "--remote", server.url().toString(), "members", "invite",
                    organization, "--user", bob, "--role", "partial_editor", "--assign", "Dataset:budget", "-o",
                    "json");
            var declared = run(withKey(aliceKey), "--remote", server.url().toString(), "subjects", "register",
                    organization, "Dataset:roads");

            assertThat(invited.exit()).as(invited.err()).isZero();
            assertThat(invited.json().get("assignments").get(0).get("id").getStringValue()).isEqualTo("budget");
            assertThat(declared.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(declared.err()).contains("not supported by udata");
        }

        @Test
        void as_is_refused_online_with_exit_2() {
            var run = run(withKey(aliceKey), "--remote", server.url().toString(), "--as", alice, "me", "show");

            assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("--as").contains("API key");
        }

        @Test
        void a_base_url_that_is_not_one_is_exit_2_naming_the_option() {
            var run = run(withKey(aliceKey), "--remote", "demo.data.gouv.fr/api/1", "me", "show");

            assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("--remote");
            assertThat(run(Map.of("MEMBERKIT_MODE", "online"), "me", "show").err()).contains("MEMBERKIT_MODE");
        }

        @Test
        void a_refused_key_is_exit_1() {
            var run = run(withKey("mk_not-a-key"), "--remote", server.url().toString(), "me", "show");

            assertThat(run.exit()).isEqualTo(ExitCodes.REFUSED);
        }
    }

    @Nested
    class When_the_remote_fails {
        @Test
        void nothing_listening_is_exit_3() throws IOException {
            int closed;
            try (var socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }

            var run = run(withKey("any-key"), "--remote", "http://localhost:" + closed + "/api/1", "me", "show");

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BACKEND_FAILED);
            assertThat(run.err()).contains("unavailable").doesNotContain("any-key");
        }

        @Test
        void a_503_is_exit_3() throws IOException {
            try (var failing = Answering.always(503, "{\"message\": \"Service unavailable\"}")) {
                var run = run(withKey("any-key"), "--remote", failing.url(), "orgs", "list");

                assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BACKEND_FAILED);
                assertThat(run.err()).contains("503");
                assertThat(failing.calls()).as("an idempotent read is retried").isGreaterThan(1);
            }
        }

        @Test
        void an_answer_that_is_not_udatas_is_exit_3() throws IOException {
            try (var failing = Answering.always(200, "<html>maintenance</html>")) {
                var run = run(withKey("any-key"), "--remote", failing.url(), "me", "show");

                assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BACKEND_FAILED);
                assertThat(run.err()).contains("unreadable");
            }
        }
    }

    /** A tiny HTTP server giving the same answer to everything, counting the calls. */
    private static final class Answering implements AutoCloseable {
        private final HttpServer http;
        private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        private Answering(int status, String body) throws IOException {
            http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            http.createContext("/", exchange -> {
                calls.incrementAndGet();
                var bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            http.start();
        }

        static Answering always(int status, String body) throws IOException {
            return new Answering(status, body);
        }

        String url() {
            return "http://localhost:" + http.getAddress().getPort() + "/api/1";
        }

        int calls() {
            return calls.get();
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
