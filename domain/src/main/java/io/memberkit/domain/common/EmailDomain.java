package io.memberkit.domain.common;

import io.memberkit.domain.error.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The part of an email address after the @, kept lower case: what an organization declares as its own
 * ({@code agglo-metadonnee.fr}). At least two labels; no wildcard, so a subdomain is declared on its own.
 */
public record EmailDomain(String value) {
    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailDomain {
        value = normalize(value, "domain");
    }

    /** Parses, naming {@code field} in the error. */
    public static EmailDomain parse(String value, String field) {
        return new EmailDomain(normalize(value, field));
    }

    /** The domain of an address. */
    public static EmailDomain of(EmailAddress address) {
        return new EmailDomain(address.domain());
    }

    private static String normalize(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        var lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.length() > 253 || !SHAPE.matcher(lower).matches()) {
            throw InvalidInput.of(field, "is not a valid domain name");
        }
        return lower;
    }

    @Override
    public String toString() {
        return value;
    }
}
