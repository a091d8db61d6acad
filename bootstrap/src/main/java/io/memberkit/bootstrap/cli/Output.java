package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.wire.UdataPage;
import io.memberkit.bootstrap.udata.Json;
import io.memberkit.domain.common.Page;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Where a command's answer goes: an aligned table (the default) or one line of JSON in uData's shapes
 * ({@code --output json}), stable for scripts: snake_case keys, nulls written, lists in uData's page envelope.
 */
final class Output {
    private final GlobalOptions.OutputFormat format;
    private final PrintWriter out;

    Output(GlobalOptions.OutputFormat format, PrintWriter out) {
        this.format = format;
        this.out = out;
    }

    boolean json() {
        return format == GlobalOptions.OutputFormat.json;
    }

    /** {@code view} as JSON, or the table {@code table} fills. */
    void print(Object view, Table table) {
        if (json()) {
            out.println(Json.write(view));
        } else {
            table.print(out);
        }
    }

    /** A page: JSON in uData's envelope, or a table and a line saying where in the list it is. */
    <T> void page(Page<T> page, UdataPage<?> view, Table table) {
        if (json()) {
            out.println(Json.write(view));
            return;
        }
        table.print(out);
        if (page.total() > page.items().size()) {
            long pages = (page.total() + page.pageSize() - 1) / page.pageSize();
            out.println("page " + page.page() + " of " + pages + " (" + page.total() + " in all)"
                    + (page.hasNext() ? "; next: --page " + (page.page() + 1) : ""));
        }
    }

    /** A one-line confirmation in table mode, {@code view} in JSON mode. */
    void done(Object view, String sentence) {
        if (json()) {
            out.println(Json.write(view));
        } else {
            out.println(sentence);
        }
    }

    void text(Consumer<PrintWriter> lines) {
        lines.accept(out);
    }
}
