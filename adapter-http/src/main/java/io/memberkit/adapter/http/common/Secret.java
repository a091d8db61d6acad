package io.memberkit.adapter.http.common;

import java.util.Objects;

/**
 * A credential (an API key): its value is read only where a request header is set, and never printed. Its
 * {@code toString}, {@code equals} and {@code hashCode} reveal nothing, so a configuration record holding one can be
 * logged as a whole.
 */
public final class Secret {
    private static final String REDACTED = "[redacted]";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** A secret, or {@code null} for a blank value: "no key" is not a key. */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value.strip());
    }

    public static Secret of(String value) {
        return Objects.requireNonNull(ofNullable(value), "a secret is not blank");
    }

    /** The value, for the one place that sends it. */
    public String reveal() {
        return value;
    }

    /** {@code text} with every occurrence of this secret replaced: for messages built from a remote's words. */
    public String scrub(String text) {
        return text == null ? null : text.replace(value, REDACTED);
    }

    @Override
    public String toString() {
        return "Secret" + REDACTED;
    }
}
