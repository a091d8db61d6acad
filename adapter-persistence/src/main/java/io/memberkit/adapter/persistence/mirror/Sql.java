package io.memberkit.adapter.persistence.mirror;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain statements on the unit of work's connection, for the mirror's bookkeeping: positional arguments, typed
 * nulls (PostgreSQL wants to know the type of a null), times as {@code timestamptz}.
 */
final class Sql {
    /** A null time: bound as a typed null. */
    static final Object NO_TIME = new Object();

    /** A row of a result, read by the caller. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    static Object time(Instant at) {
        return at == null ? NO_TIME : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    int update(String sql, Object... args) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, args);
            return statement.executeUpdate();
        });
    }

    /** One statement run once per row of arguments, sent as one JDBC batch. */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (var row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** {@code ?, ?, ?} for an {@code IN} list of {@code count} values; {@code (?, ?), (?, ?)} for pairs. */
    static String marks(int count, String mark) {
        return String.join(", ", java.util.Collections.nCopies(count, mark));
    }

    <T> List<T> list(String sql, Row<T> reader, Object... args) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, args);
            var found = new ArrayList<T>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        });
    }

    <T> Optional<T> one(String sql, Row<T> reader, Object... args) {
        var found = list(sql, reader, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    boolean exists(String sql, Object... args) {
        return one(sql, row -> Boolean.TRUE, args).isPresent();
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            var value = args[i];
            if (value == NO_TIME) {
                statement.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(i + 1, flag);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
