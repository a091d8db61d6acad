package io.memberkit.domain.common;

import io.memberkit.domain.error.InvalidInput;

/** Shape checks for records and value objects: each failure is an {@link InvalidInput} naming the field. */
public final class Require {
    /** Longest free text memberkit stores (descriptions, comments); larger input is refused, not truncated. */
    public static final int MAX_TEXT = 10_000;
    /** Longest single-line value (names, acronyms, ids). */
    public static final int MAX_LINE = 255;

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw InvalidInput.of(field, "is required");
        }
        return value;
    }

    /** A required single-line value, trimmed. */
    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        return line(value, field);
    }

    /** An optional single-line value: trimmed, or {@code null} when blank. */
    public static String line(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > MAX_LINE) {
            throw InvalidInput.of(field, "must be at most " + MAX_LINE + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return trimmed;
    }

    /** Optional free text: kept as written (line breaks allowed), {@code null} when blank. */
    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidInput.of(field, "must be at most " + MAX_TEXT + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return value;
    }

    /** Required free text. */
    public static String nonBlankText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        return text(value, field);
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw InvalidInput.of(field, "must be between " + min + " and " + max);
        }
        return value;
    }
}
