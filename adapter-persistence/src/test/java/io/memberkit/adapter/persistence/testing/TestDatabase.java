package io.memberkit.adapter.persistence.testing;

import io.memberkit.adapter.persistence.common.DatabasePassword;
import io.memberkit.adapter.persistence.common.PersistenceFactory;
import io.memberkit.application.port.out.OutboundPorts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database and the adapters over it, for one test class: an in-memory H2 named after the class, or
 * the PostgreSQL test database. Register it as a static {@code @RegisterExtension} field; the context starts
 * before the class's tests and stops after them.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
    /** Children before parents, so that deleting never trips a foreign key. */
    private static final List<String> TABLES = List.of("outbox", "mirror_origins", "mirror_runs", "mirror_remotes",
            "audit_events", "api_keys", "follows", "assignments",
            "request_assignments", "membership_requests", "subjects", "members", "organization_badges",
            "organization_domains", "organizations", "users");

    private final boolean postgres;
    private ApplicationContext context;
    /** The class that started the context: @Nested classes run the callbacks again and must not restart it. */
    private Class<?> owner;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        return new TestDatabase(false);
    }

    /** The server named by MEMBERKIT_TEST_JDBC_URL (default: the one {@code .ci/postgres-setup} prepares). */
    public static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (context != null) {
            return;
        }
        owner = extension.getRequiredTestClass();
        var properties = new HashMap<String, Object>();
        var password = new DatabasePassword("");
        if (postgres) {
            properties.put("memberkit.jdbc-url", setting("MEMBERKIT_TEST_JDBC_URL",
                    "jdbc:postgresql://localhost:5432/memberkit_test"));
            properties.put("memberkit.db-user", setting("MEMBERKIT_TEST_DB_USER", "memberkit"));
            password = new DatabasePassword(setting("MEMBERKIT_TEST_DB_PASSWORD", "memberkit"));
        } else {
            properties.put("memberkit.jdbc-url", "jdbc:h2:mem:" + extension.getRequiredTestClass().getSimpleName()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        // enough connections for the stress tests' threads, so they contend for rows rather than for the pool
        properties.put("datasources.default.maximum-pool-size", 20);
        context = ApplicationContext.builder().environments(PersistenceFactory.ENVIRONMENT)
                .properties(properties).singletons(password).start();
        deleteEverything();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (context != null && extension.getRequiredTestClass() == owner) {
            deleteEverything();
            context.close();
            context = null;
        }
    }

    /** The ports over an empty store: everything a previous test wrote is deleted first. */
    public OutboundPorts emptyPorts() {
        deleteEverything();
        return ports();
    }

    public OutboundPorts ports() {
        return context.getBean(OutboundPorts.class);
    }

    /** The pool itself, not Micronaut's transaction-aware view of it. */
    public DataSource dataSource() {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A connection of its own, outside any unit of work: for writes that bypass the adapters. */
    public Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    private void deleteEverything() {
        try (var connection = connection(); var statement = connection.createStatement()) {
            for (var table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .orElse(fallback);
    }
}
