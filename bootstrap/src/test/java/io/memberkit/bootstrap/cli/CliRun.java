package io.memberkit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.bootstrap.udata.Json;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** What one command line printed and answered. */
record CliRun(int exit, String out, String err) {
    /** One command line run over {@code memberkit}, through the real parsing, exit codes and printing. */
    static CliRun of(Memberkit memberkit, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = MemberkitCli.run(memberkit, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString().strip(), err.toString().strip());
    }

    /** The same, asserting its exit code; a failure shows the command line and both outputs. */
    static CliRun expect(Memberkit memberkit, int exit, String... args) {
        var run = of(memberkit, args);
        assertThat(run.exit()).as("exit of %s: %s / %s", String.join(" ", args), run.err(), run.out())
                .isEqualTo(exit);
        return run;
    }

    JsonNode json() {
        try {
            return Json.read(out);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + out + " / " + err, e);
        }
    }

    String text(String field) {
        return json().get(field).getStringValue();
    }
}
