package io.memberkit.domain.common;

import io.memberkit.domain.error.InvalidInput;
import java.util.regex.Pattern;

/** Names of people and organizations: a name is not a place to put a link (spam). */
public final class PersonName {
    private static final Pattern EXPLICIT_LINK = Pattern.compile("(?i)(https?://|ftp://|www\\.)");
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|ftp://|www\\.|\\b[a-z0-9-]+\\.(com|org|net|fr|io|info|biz|xyz|ru|cn)\\b)");

    private PersonName() {
    }

    /** A required name without URLs, trimmed. */
    public static String require(String value, String field) {
        var name = Require.nonBlank(value, field);
        return noLink(name, field);
    }

    /** An optional name without URLs. */
    public static String optional(String value, String field) {
        var name = Require.line(value, field);
        return name == null ? null : noLink(name, field);
    }

    /**
     * An organization's name: a written-out link is refused, but a bare site name is fine, since organizations are
     * often named after their site ("data.gouv.fr" is a real one).
     */
    public static String organization(String value, String field) {
        var name = Require.nonBlank(value, field);
        if (EXPLICIT_LINK.matcher(name).find()) {
            throw InvalidInput.of(field, "must not contain a URL");
        }
        return name;
    }

    private static String noLink(String name, String field) {
        // every form of link above has a '.' or a ':'; most names have neither, and this runs for every row read
        boolean mayHoldALink = name.indexOf('.') >= 0 || name.indexOf(':') >= 0;
        if (mayHoldALink && LINK.matcher(name).find()) {
            throw InvalidInput.of(field, "must not contain a URL");
        }
        return name;
    }
}
