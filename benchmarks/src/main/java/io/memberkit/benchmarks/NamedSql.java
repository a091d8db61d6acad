package io.memberkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** memberkit's statements as written for Micronaut Data ({@code :name} parameters), run through plain JDBC. */
final class NamedSql {
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    private NamedSql() {
    }

    static PreparedStatement prepare(Connection connection, String prefix, String sql, Map<String, Object> values)
            throws SQLException {
        var names = new ArrayList<String>();
        var matcher = PARAMETER.matcher(sql);
        var positional = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        var statement = connection.prepareStatement(prefix + positional);
        bind(statement, names, values);
        return statement;
    }

    private static void bind(PreparedStatement statement, List<String> names, Map<String, Object> values)
            throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            if (!values.containsKey(names.get(i))) {
                throw new IllegalArgumentException("no value for :" + names.get(i));
            }
            var value = values.get(names.get(i));
            statement.setObject(i + 1, value instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC)
                    : value);
        }
    }
}
