package io.memberkit.domain.common;

import io.memberkit.domain.error.InvalidInput;
import java.util.regex.Pattern;

/** An absolute http(s) URL, such as a website. */
public record WebUrl(String value) {
    private static final Pattern SHAPE =
            Pattern.compile("(?i)https?://(localhost|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+|\\[[0-9a-f:]+\\]|\\d{1,3}(?:\\.\\d{1,3}){3})(:\\d{1,5})?([/?#][^\\s]*)?");

    public WebUrl {
        value = check(value, "url");
    }

    /** Parses an optional URL, naming {@code field} in the error; blank is {@code null}. */
    public static WebUrl parseOptional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return new WebUrl(check(value, field));
    }

    private static String check(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        var trimmed = value.strip();
        if (trimmed.length() > 2000 || !SHAPE.matcher(trimmed).matches()) {
            throw InvalidInput.of(field, "is not a valid http(s) URL");
        }
        return trimmed;
    }
}
