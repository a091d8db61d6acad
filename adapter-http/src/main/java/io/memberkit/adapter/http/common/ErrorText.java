package io.memberkit.adapter.http.common;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A readable message from an error body that is not the provider's JSON: a proxy's or framework's plain text or
 * HTML page ("502 Bad Gateway", an IIS error page in front of Isogeo). Only a short first line is kept: the title or
 * first heading of an HTML page, or the first line of text.
 */
public final class ErrorText {
    private static final int MAX = 200;
    private static final Pattern TITLE = Pattern.compile("(?is)<(title|h1)[^>]*>(.*?)</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private ErrorText() {
    }

    public static Optional<String> of(RemoteResponse response) {
        if (response.body().length == 0) {
            return Optional.empty();
        }
        var text = new String(response.body(), StandardCharsets.UTF_8).strip();
        var type = response.headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (type.contains("json") || text.startsWith("{") || text.startsWith("[")) {
            return Optional.empty();
        }
        if (type.contains("html") || text.startsWith("<")) {
            var title = TITLE.matcher(text);
            text = title.find() ? title.group(2) : text;
            text = TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ");
        }
        var line = RemoteValues.firstLine(text, MAX);
        return line.isBlank() ? Optional.empty() : Optional.of(line);
    }
}
