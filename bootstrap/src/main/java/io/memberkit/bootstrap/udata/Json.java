package io.memberkit.bootstrap.udata;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one JSON codec of the command line and the local server: Micronaut Serialization over the {@code @Serdeable}
 * uData records, writing nulls as uData does ({@code "email": null}, {@code "next_page": null}).
 */
public final class Json {
    private static final class Holder {
        static final ObjectMapper MAPPER = ObjectMapper.create(
                Map.of("micronaut.serde.serialization.inclusion", "ALWAYS"), "io.memberkit");
    }

    private Json() {
    }

    public static String write(Object value) {
        try {
            return Holder.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    public static JsonNode tree(Object value) {
        try {
            return Holder.MAPPER.writeValueToTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return Holder.MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    /** Parses a request body; a malformed one is an {@link IOException} for the caller to answer 400. */
    public static JsonNode read(String text) throws IOException {
        return Holder.MAPPER.readValue(text, JsonNode.class);
    }
}
