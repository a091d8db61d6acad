package io.memberkit.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.in.user.SuggestUsers;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.user.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Passwords and API keys never reach the logs, even with memberkit and Micronaut logging at TRACE and everything else
 * at DEBUG: a whole membership story runs (and a start with a wrong password fails) while every log event is kept,
 * then the secrets are looked for in every message, argument, MDC value and stack trace.
 */
class SecretsStayOutOfLogsTest {
    private static final String DB_PASSWORD = "Db-pa55word-9f3c1e";
    private static final String WRONG_PASSWORD = "Wr0ng-pa55word-77aa";
    /** What a platform would configure for the remote adapters; nothing may echo it. */
    private static final Map<String, String> API_KEYS = Map.of(
            "memberkit.udata.api-key", "fake-udata-api-key-5b1d2c",
            "micronaut.http.services.udata.headers.X-API-KEY", "fake-udata-api-key-5b1d2c",
            "memberkit.isogeo.client-secret", "fake-isogeo-secret-71e0",
            "memberkit.awx.token", "fake-awx-token-0c9a");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Map<String, Level> levelsBefore = new java.util.HashMap<>();

    @BeforeEach
    void captureEveryLog() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        captured.setContext(context);
        captured.start();
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        for (var name : List.of(Logger.ROOT_LOGGER_NAME, "io.memberkit", "io.micronaut", "com.zaxxer.hikari",
                "org.flywaydb", "org.postgresql", "h2database")) {
            var logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(name.startsWith("io.") ? Level.TRACE : Level.DEBUG);
        }
        API_KEYS.forEach(System::setProperty);
    }

    @AfterEach
    void restore() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
        API_KEYS.keySet().forEach(System::clearProperty);
    }

    @Test
    void an_embedded_database_password_and_api_keys_appear_in_no_log() {
        var url = "jdbc:h2:mem:secrets;DB_CLOSE_DELAY=-1;" + DatabaseSettings.H2_OPTIONS;
        try (var memberkit = Memberkit.builder().postgres(url, "sa", DB_PASSWORD).build()) {
            tellAStory(memberkit);
            // a second start with a wrong password fails; neither password is in its logs or its error
            assertThatThrownBy(() -> Memberkit.builder().postgres(url, "sa", WRONG_PASSWORD).build().close())
                    .satisfies(failure -> assertThat(messages(failure)).doesNotContain(WRONG_PASSWORD, DB_PASSWORD));
        }

        assertThat(captured.list).as("something was logged at all").hasSizeGreaterThan(100);
        assertNowhere(List.of(DB_PASSWORD, WRONG_PASSWORD));
        assertNowhere(List.copyOf(API_KEYS.values()));
    }

    @Test
    @Tag("postgres")
    void a_postgresql_password_appears_in_no_log() {
        var url = setting("MEMBERKIT_TEST_JDBC_URL", "jdbc:postgresql://localhost:5432/memberkit_test");
        var user = setting("MEMBERKIT_TEST_DB_USER", "memberkit");
        var password = setting("MEMBERKIT_TEST_DB_PASSWORD", "memberkit");
        try (var memberkit = Memberkit.builder().postgres(url, user, password).build()) {
            tellAStory(memberkit);
        }

        assertNowhere(List.copyOf(API_KEYS.values()));
        if (url.contains(password) || user.contains(password)) {
            // the test server's password is also its user and database name: look for it where a password goes
            assertNowhere(List.of("password=" + password, "password: " + password, "password\":\"" + password,
                    "password=\"" + password));
        } else {
            assertNowhere(List.of(password));
        }
    }

    /** Every use case a platform calls often, and a refusal. */
    private static void tellAStory(Memberkit memberkit) {
        var uc = memberkit.useCases();
        var suffix = Long.toString(System.nanoTime(), 36);
        var alice = uc.registerUser().register(new RegisterUser(Actor.anonymous(),
                new UserProfile("Alice", "Admin", new EmailAddress("alice-" + suffix + "@example.org"), null, null,
                        null)));
        var bruno = uc.registerUser().register(new RegisterUser(Actor.anonymous(),
                new UserProfile("Bruno", "Editor", new EmailAddress("bruno-" + suffix + "@example.org"), null, null,
                        null)));
        var organization = uc.createOrganization().create(new CreateOrganization(Actor.user(alice.id()),
                new OrganizationDetails("Secrets " + suffix, null, null, null, null, null)));
        var invitation = uc.inviteMember().invite(new InviteMember(Actor.user(alice.id()), organization.id(),
                new Invitee.Known(bruno.id()), MemberRole.EDITOR, Set.of(), null));
        uc.acceptInvitation().accept(new AcceptInvitation(Actor.user(bruno.id()), invitation.id()));
        uc.mayEdit().mayEdit(new MayEdit(Actor.user(bruno.id()), organization.id(), SubjectRef.dataset("ds")));
        uc.listMembers().list(new ListMembers(Actor.user(alice.id()), organization.id(), Optional.empty(),
                PageRequest.firstPage()));
        uc.listMembersAfter().list(ListMembersAfter.first(Actor.user(alice.id()), organization.id(), 1));
        uc.suggestUsers().suggest(new SuggestUsers(Actor.anonymous(), "ali", 5));
        assertThatThrownBy(() -> uc.inviteMember().invite(new InviteMember(Actor.user(bruno.id()), organization.id(),
                new Invitee.Known(alice.id()), MemberRole.ADMIN, Set.of(), null)))
                .isInstanceOf(DomainException.class);
    }

    private void assertNowhere(List<String> secrets) {
        for (var event : captured.list) {
            var text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            if (event.getArgumentArray() != null) {
                for (var argument : event.getArgumentArray()) {
                    text.append(' ').append(argument);
                }
            }
            event.getMDCPropertyMap().forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            }
            assertThat(text.toString()).as("a %s log of %s", event.getLevel(), event.getLoggerName())
                    .doesNotContain(secrets);
        }
    }

    private static String messages(Throwable failure) {
        var all = new ArrayList<String>();
        for (var t = failure; t != null; t = t.getCause()) {
            all.add(t.getClass().getName() + ": " + t.getMessage());
            for (var suppressed : t.getSuppressed()) {
                all.add(suppressed.toString());
            }
        }
        return String.join("\n", all);
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .orElse(fallback);
    }
}
