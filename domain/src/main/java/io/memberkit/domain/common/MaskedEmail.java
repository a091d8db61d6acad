package io.memberkit.domain.common;

import io.memberkit.domain.error.InvalidInput;

/** An email a remote API obfuscated for the viewer ("ad***@example.org"): kept as received, never used as an address. */
public record MaskedEmail(String value) implements Email {
    public MaskedEmail {
        if (value == null || !value.contains("*") || value.length() > 254) {
            throw InvalidInput.of("email", "a masked email contains '*'");
        }
    }
}
