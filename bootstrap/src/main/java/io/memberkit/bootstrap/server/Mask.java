package io.memberkit.bootstrap.server;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * uData's {@code X-Fields} mask (flask-restx): {@code id,name,members{role,user{id,email}}}; {@code *} keeps every
 * field at its level. Applied to each item of a list. A mask can only remove fields: asking for one the payload
 * does not have (such as an organization's {@code requests}) adds nothing.
 */
final class Mask {
    private final Map<String, Mask> fields;
    private final boolean all;

    private Mask(Map<String, Mask> fields, boolean all) {
        this.fields = fields;
        this.all = all;
    }

    /** The mask of a header's value; blank means none. A malformed mask is a 400, as in uData. */
    static Mask parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        var parser = new Parser(header.strip());
        var mask = parser.fields();
        if (parser.position < parser.text.length()) {
            throw ApiError.badRequest("Malformed mask: unexpected '" + parser.text.charAt(parser.position) + "'");
        }
        return mask;
    }

    JsonNode apply(JsonNode node) {
        if (node == null || node.isNull()) {
            return node;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.values().forEach(item -> items.add(apply(item)));
            return JsonNode.createArrayNode(items);
        }
        if (!node.isObject()) {
            return node;
        }
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        for (var entry : node.entries()) {
            var nested = fields.get(entry.getKey());
            if (nested != null) {
                kept.put(entry.getKey(), nested == LEAF ? entry.getValue() : nested.apply(entry.getValue()));
            } else if (all) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return JsonNode.createObjectNode(kept);
    }

    private static final Mask LEAF = new Mask(Map.of(), true);

    private static final class Parser {
        final String text;
        int position;

        Parser(String text) {
            this.text = text;
        }

        Mask fields() {
            Map<String, Mask> fields = new LinkedHashMap<>();
            boolean all = false;
            while (position < text.length()) {
                skipSpaces();
                int start = position;
                while (position < text.length() && ",{} ".indexOf(text.charAt(position)) < 0) {
                    position++;
                }
                var name = text.substring(start, position);
                if (name.isEmpty()) {
                    throw ApiError.badRequest("Malformed mask: a field name is missing");
                }
                skipSpaces();
                Mask nested = LEAF;
                if (position < text.length() && text.charAt(position) == '{') {
                    position++;
                    nested = fields();
                    if (position >= text.length() || text.charAt(position) != '}') {
                        throw ApiError.badRequest("Malformed mask: missing '}'");
                    }
                    position++;
                }
                if (name.equals("*")) {
                    all = true;
                } else {
                    fields.put(name, nested);
                }
                skipSpaces();
                if (position < text.length() && text.charAt(position) == ',') {
                    position++;
                } else {
                    break;
                }
            }
            return new Mask(fields, all);
        }

        private void skipSpaces() {
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }
    }
}
