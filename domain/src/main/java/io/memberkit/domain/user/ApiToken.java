package io.memberkit.domain.user;

import io.memberkit.domain.error.InvalidInput;

/**
 * The secret of an API key, as its owner sends it ({@code X-API-KEY}). Shown once, when the key is created; the
 * store keeps only its hash. Never printed: {@link #toString()} is redacted, so a log line or an error message
 * that mentions a token by accident still leaks nothing.
 */
public record ApiToken(String value) {
    /** How many leading characters identify a key in a list, as uData's {@code token_prefix}. */
    public static final int PREFIX_LENGTH = 8;

    public ApiToken {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("api_key", "is required");
        }
        value = value.strip();
        if (value.length() < PREFIX_LENGTH + 8 || value.length() > 200
                || value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw InvalidInput.of("api_key", "is not an API key");
        }
    }

    /** The first characters, enough for its owner to recognize the key, far too few to use it. */
    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    @Override
    public String toString() {
        return "ApiToken[redacted]";
    }
}
