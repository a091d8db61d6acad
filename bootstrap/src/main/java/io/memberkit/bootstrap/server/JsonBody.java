package io.memberkit.bootstrap.server;

import io.memberkit.bootstrap.udata.Json;
import io.memberkit.domain.error.InvalidInput;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's JSON body, read by hand so every bad shape gets uData's 400 naming the field, and nothing is written:
 * a string where a list is expected, a number where a string is, a boolean given as {@code "false"}.
 */
final class JsonBody {
    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    static JsonBody of(String text) {
        if (text == null || text.isBlank()) {
            return new JsonBody(JsonNode.createObjectNode(java.util.Map.of()));
        }
        if (text.indexOf('\uFFFD') >= 0) {
            // what the server's decoder made of bytes that are not UTF-8: refused rather than stored as U+FFFD
            throw InvalidInput.of("body", "is not valid UTF-8 text");
        }
        try {
            return new JsonBody(Json.read(text));
        } catch (IOException | RuntimeException e) {
            throw ApiError.badRequest("The browser (or proxy) sent a request that this server could not understand.");
        }
    }

    JsonNode node() {
        return node;
    }

    /** An object body; anything else is a 400. */
    JsonBody object() {
        if (!node.isObject()) {
            throw ApiError.badRequest("A JSON object is expected");
        }
        return this;
    }

    boolean has(String field) {
        return node.isObject() && node.get(field) != null;
    }

    /** A string field: absent or null is empty; another type is a 400 naming the field. */
    Optional<String> string(String field) {
        var value = node.isObject() ? node.get(field) : null;
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw InvalidInput.of(field, "must be a string");
        }
        return Optional.of(value.getStringValue());
    }

    Optional<Boolean> bool(String field) {
        var value = node.isObject() ? node.get(field) : null;
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw InvalidInput.of(field, "must be true or false");
        }
        return Optional.of(value.getBooleanValue());
    }

    /** A list of strings: absent or null is empty; another shape is a 400 naming the field. */
    Optional<List<String>> strings(String field) {
        var value = node.isObject() ? node.get(field) : null;
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw InvalidInput.of(field, "must be a list");
        }
        var result = new ArrayList<String>();
        for (var item : value.values()) {
            if (!item.isString()) {
                throw InvalidInput.of(field, "must be a list of strings");
            }
            result.add(item.getStringValue());
        }
        return Optional.of(result);
    }
}
