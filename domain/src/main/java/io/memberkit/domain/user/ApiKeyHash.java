package io.memberkit.domain.user;

import io.memberkit.domain.error.InvalidInput;
import java.util.regex.Pattern;

/** The SHA-256 of an API key's token, in lower-case hex: what the store keeps and looks keys up by. */
public record ApiKeyHash(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public ApiKeyHash {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("token_hash", "is not a SHA-256 in lower-case hex");
        }
    }
}
