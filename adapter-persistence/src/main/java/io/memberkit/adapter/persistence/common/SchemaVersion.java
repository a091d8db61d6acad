package io.memberkit.adapter.persistence.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether an embedded database already holds the latest schema, asked before the application context starts: a
 * one-shot command on an up-to-date database then skips Flyway, whose start-up (scanning the migrations, reading
 * the history, validating checksums) costs about 400 ms. Anything else (no file yet, an older or failed migration,
 * a history table that cannot be read) leaves the decision to Flyway, which migrates as usual.
 * <p>
 * The trade-off: on that fast path the applied scripts' checksums are not validated. memberkit's scripts never
 * change once released; a new script is a new version, which the fast path does not match.
 */
public final class SchemaVersion {
    /** The version of the last script in {@code db/memberkit} (checked by a test against the scripts themselves). */
    public static final String LATEST = "4";
    static final String HISTORY_TABLE = "memberkit_schema_history";

    private SchemaVersion() {
    }

    /**
     * A connection to the existing H2 database at {@code url} when its history shows {@link #LATEST} applied and no
     * failed migration; empty otherwise. Keep it open until the pool has opened the database, so that H2 does not
     * close and reopen the file in between.
     */
    public static Optional<Connection> openIfCurrent(String url, String user, String password) {
        Connection connection = null;
        try {
            // IFEXISTS: a first run must not leave an empty file behind for Flyway to find
            connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password);
            if (isCurrent(connection)) {
                return Optional.of(connection);
            }
        } catch (SQLException notYet) {
            // no database, or no history table: Flyway decides
        }
        close(connection);
        return Optional.empty();
    }

    static boolean isCurrent(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT "
                + "COUNT(CASE WHEN success AND version = ? THEN 1 END), COUNT(CASE WHEN NOT success THEN 1 END), "
                + "MAX(installed_rank) FROM " + HISTORY_TABLE)) {
            statement.setString(1, LATEST);
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getLong(1) == 1 && rows.getLong(2) == 0
                        && latestIsLast(connection, rows.getLong(3));
            }
        }
    }

    /** The latest script is also the last one applied: nothing newer than this build knows. */
    private static boolean latestIsLast(Connection connection, long lastRank) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT version FROM " + HISTORY_TABLE
                + " WHERE installed_rank = ?")) {
            statement.setLong(1, lastRank);
            try (var rows = statement.executeQuery()) {
                return rows.next() && LATEST.equals(rows.getString(1));
            }
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a connection we only read through
            }
        }
    }
}
