package io.memberkit.bootstrap.roundtrip;

import io.memberkit.adapter.persistence.common.PersistenceFactory;
import io.memberkit.application.port.out.Ids;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.bootstrap.server.LocalServer;
import io.memberkit.bootstrap.wiring.UseCases;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.testing.TestClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code memberkit serve} over its own in-memory database, for one contract test class: the local server
 * ({@link LocalServer}) runs the use cases over the database adapter, and each test gets {@link RoundTripPorts}
 * over it, through the uData HTTP adapter. Register it as a static {@code @RegisterExtension} field. Between tests
 * every table is emptied.
 * <p>
 * Two seams let the givens a contract writes through the ports come out of the server exactly as written, although
 * the server, like uData, chooses ids and times itself: its clock is set to the given's time before each write, and
 * the id of the object a write creates is primed to the given's. Neither changes what the server decides.
 */
final class RoundTrip implements BeforeAllCallback, AfterAllCallback {
    /** Children before parents, so that deleting never trips a foreign key. */
    private static final List<String> TABLES = List.of("audit_events", "api_keys", "follows", "assignments",
            "request_assignments", "membership_requests", "subjects", "members", "organization_badges",
            "organizations", "users");

    /** The server's clock: set to the time of each given before it is written. */
    final TestClock clock = new TestClock();
    final PrimedIds ids = new PrimedIds();
    private ApplicationContext database;
    private OutboundPorts store;
    private LocalServer server;
    private UseCases useCases;
    private RoundTripPorts current;
    /** The class that started the server: @Nested classes run the callbacks again and must not restart it. */
    private Class<?> owner;

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (database != null) {
            return;
        }
        owner = extension.getRequiredTestClass();
        database = ApplicationContext.builder().environments(PersistenceFactory.ENVIRONMENT)
                .deduceEnvironment(false).banner(false)
                .properties(Map.of("memberkit.jdbc-url", "jdbc:h2:mem:roundtrip-" + owner.getSimpleName()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"))
                .build();
        // the database adapter's own clock (the dates it touches) is the server's too
        database.registerSingleton(Clock.class, clock);
        database.start();
        store = database.getBean(OutboundPorts.class);
        var served = new OutboundPorts(store.users(), store.organizations(), store.members(), store.requests(),
                store.assignments(), store.subjects(), store.follows(), store.apiKeys(), store.events(), ids,
                store.unitOfWork(), clock);
        useCases = new UseCases(served, MembershipSettings.DEFAULTS);
        server = LocalServer.start(useCases, 0);
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (database != null && extension.getRequiredTestClass() == owner) {
            closeCurrent();
            server.close();
            database.close();
            database = null;
        }
    }

    /** A fresh set of ports over an empty server: what a contract's {@code ports()} returns. */
    OutboundPorts emptyPorts() {
        closeCurrent();
        deleteEverything();
        setClock(TestClock.START);
        current = new RoundTripPorts(this);
        return current.ports();
    }

    /** The current test's HTTP side, for a test that calls the uData adapter itself. */
    RoundTripPorts http() {
        return current;
    }

    /** The server's clock at {@code at} (when given) for the write that follows. */
    void setClock(Instant at) {
        if (at != null) {
            clock.advance(Duration.between(clock.instant(), at));
        }
    }

    /** The server's database, through its own adapters: for the givens uData cannot express. */
    OutboundPorts store() {
        return store;
    }

    /** The use cases the server runs, for what a test sets up as the server's operator (API keys). */
    UseCases useCases() {
        return useCases;
    }

    LocalServer server() {
        return server;
    }

    /** The pool itself, outside any unit of work: for the one given no port writes (a slug of one's choosing). */
    DataSource dataSource() {
        return DelegatingDataSource.unwrapDataSource(database.getBean(DataSource.class));
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private void deleteEverything() {
        try (var connection = dataSource().getConnection(); var statement = connection.createStatement()) {
            for (var table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the server's database", e);
        }
    }

    /** The server's ids: random, unless the test primed the id of the next object created. */
    static final class PrimedIds implements Ids {
        private final AtomicReference<OrganizationId> organization = new AtomicReference<>();
        private final AtomicReference<MembershipRequestId> request = new AtomicReference<>();

        void nextOrganization(OrganizationId id) {
            organization.set(id);
        }

        void nextRequest(MembershipRequestId id) {
            request.set(id);
        }

        @Override
        public UserId newUser() {
            return new UserId(UUID.randomUUID().toString());
        }

        @Override
        public OrganizationId newOrganization() {
            var primed = organization.getAndSet(null);
            return primed != null ? primed : new OrganizationId(UUID.randomUUID().toString());
        }

        @Override
        public MembershipRequestId newMembershipRequest() {
            var primed = request.getAndSet(null);
            return primed != null ? primed : new MembershipRequestId(UUID.randomUUID().toString());
        }
    }
}
