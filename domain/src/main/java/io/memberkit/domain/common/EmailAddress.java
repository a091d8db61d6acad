package io.memberkit.domain.common;

import io.memberkit.domain.error.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A syntactically valid email address, kept lower case as uData keeps it, so an invitation to
 * {@code Ada@Example.org} finds the account {@code ada@example.org}.
 */
public record EmailAddress(String value) implements Email {
    private static final Pattern SHAPE =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        value = normalize(value, "email");
    }

    /** Parses, naming {@code field} in the error (e.g. "email" or "invitee"). */
    public static EmailAddress parse(String value, String field) {
        return new EmailAddress(normalize(value, field));
    }

    private static String normalize(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        var trimmed = value.strip();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches() || trimmed.contains("..")) {
            throw InvalidInput.of(field, "is not a valid email address");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** The part after the @. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** uData's masking for organization admins and editors: the first two letters, then stars: {@code ad***@example.org}. */
    public MaskedEmail maskedForMembers() {
        var local = value.substring(0, value.lastIndexOf('@'));
        var shown = local.length() <= 2 ? local.substring(0, 1) : local.substring(0, 2);
        return new MaskedEmail(shown + "*".repeat(Math.max(3, local.length() - shown.length())) + "@" + domain());
    }

    /** uData's masking for anyone else: only the domain: {@code ***@example.org}. */
    public MaskedEmail maskedForOthers() {
        return new MaskedEmail("***@" + domain());
    }
}
