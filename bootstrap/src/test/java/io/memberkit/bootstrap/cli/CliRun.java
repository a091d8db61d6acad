package io.memberkit.bootstrap.cli;

import io.memberkit.bootstrap.udata.Json;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What one command line printed and answered. */
record CliRun(int exit, String out, String err) {
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
