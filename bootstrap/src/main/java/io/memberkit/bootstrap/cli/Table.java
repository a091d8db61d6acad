package io.memberkit.bootstrap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain aligned text table: the default output, readable in a terminal and in a CI log. */
final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    /** A two-column table of one object's fields: name, value, name, value… */
    static Table fields(Object... namesAndValues) {
        var table = new Table("FIELD", "VALUE");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            table.row(namesAndValues[i], namesAndValues[i + 1]);
        }
        return table;
    }

    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row has one cell per column");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : String.valueOf(c)).toList());
        return this;
    }

    void print(PrintWriter out) {
        var widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (var row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(headers, widths));
        var rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
        if (rows.isEmpty()) {
            out.println("(none)");
        }
    }

    private static String line(List<String> cells, int[] widths) {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            sb.append(i == 0 ? "" : "  ").append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        return sb.toString();
    }
}
