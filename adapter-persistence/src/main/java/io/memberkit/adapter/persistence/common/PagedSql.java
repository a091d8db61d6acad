package io.memberkit.adapter.persistence.common;

import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists whose filters and sort are chosen at run time (user and organization lists). The SQL is assembled from
 * fixed fragments only: every value is a bound parameter, and the ORDER BY comes from the caller's whitelist.
 * Rows are still read by Micronaut Data's entity mapping.
 */
@Singleton
public class PagedSql {
    private final JdbcOperations jdbc;

    public PagedSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code SELECT * FROM table WHERE where ORDER BY orderBy}, one page of it, and the total. */
    @Connectable
    public <R> Page<R> page(Class<R> rowType, String table, String where, List<?> parameters, String orderBy,
                            PageRequest page) {
        var items = jdbc.prepareStatement(
                "SELECT * FROM " + table + " WHERE " + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                statement -> {
                    var values = new ArrayList<Object>(parameters);
                    values.add(page.pageSize());
                    values.add(page.offset());
                    bind(statement, values);
                    try (var rows = statement.executeQuery()) {
                        return jdbc.entityStream(rows, rowType).toList();
                    }
                });
        if (page.offset() == 0 && items.size() < page.pageSize()) {
            return Page.of(items, page, items.size()); // the first page holds everything: no need to count
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + where, statement -> {
            bind(statement, parameters);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        return Page.of(items, page, total);
    }

    private static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
