package io.memberkit.bootstrap.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every memberkit table, in a stable order: what a refused input must leave exactly as it was. Row for
 * row, not counts: a refusal that changed a row in place would keep the counts.
 */
public final class TableRows {
    private TableRows() {
    }

    public static List<String> of(Connection connection) {
        try {
            var tables = new ArrayList<String>();
            try (var result = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    tables.add(result.getString("TABLE_NAME"));
                }
            }
            if (!tables.containsAll(List.of("users", "organizations", "members", "membership_requests"))) {
                throw new IllegalStateException("not memberkit's schema: " + tables);
            }
            var rows = new ArrayList<String>();
            for (var table : tables.stream().sorted().toList()) {
                try (var statement = connection.createStatement();
                     var result = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = result.getMetaData().getColumnCount();
                    var rowsOfTable = new ArrayList<String>();
                    while (result.next()) {
                        var row = new StringBuilder(table).append(':');
                        for (int c = 1; c <= columns; c++) {
                            row.append(result.getString(c)).append('|');
                        }
                        rowsOfTable.add(row.toString());
                    }
                    rowsOfTable.sort(null);
                    rows.addAll(rowsOfTable);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
