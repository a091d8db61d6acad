package io.memberkit.adapter.persistence.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A statement written with Micronaut Data's {@code :name} parameters, for the few paths that run it through plain
 * JDBC: the positional SQL and the order of the names, worked out once.
 */
public record NamedStatement(String sql, List<String> names) {
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    public static NamedStatement of(String named) {
        var names = new ArrayList<String>();
        var matcher = PARAMETER.matcher(named);
        var positional = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        return new NamedStatement(positional.toString(), List.copyOf(names));
    }

    /**
     * Binds each name's value at every place it occurs: strings as strings, times as {@code OffsetDateTime} objects
     * (typed timestamptz for PostgreSQL), numbers as themselves.
     */
    public void bind(PreparedStatement statement, Map<String, ?> values) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            var value = values.get(names.get(i));
            if (value == null) {
                throw new IllegalArgumentException("no value for :" + names.get(i));
            }
            if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
