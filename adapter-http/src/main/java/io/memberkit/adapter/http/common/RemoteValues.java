package io.memberkit.adapter.http.common;

import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.MaskedEmail;
import io.memberkit.domain.common.PersonName;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Conversions the Isogeo and AWX mappers share. As for uData, reading is tolerant of decorative values (an email
 * memberkit cannot read is hidden rather than failing a payload) and strict about identity and dates.
 */
public final class RemoteValues {
    private RemoteValues() {
    }

    /**
     * ISO-8601 with an offset and any fraction (Isogeo's .NET "2014-03-14T14:11:40.6815298+00:00", AWX's
     * "2021-04-07T10:44:39.128247Z"), or without an offset, read as UTC.
     */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("not a date: '" + text + "'");
            }
        }
    }

    /** The later of two dates, either of which may be missing. */
    public static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** An address, a masked one (with '*'), or null when blank or unreadable. */
    public static Email email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.contains("*")) {
            return new MaskedEmail(value.strip());
        }
        try {
            return new EmailAddress(value);
        } catch (InvalidInput unreadable) {
            return null;
        }
    }

    /** Blank is null. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A display name in two: "Prénom NOM" (Isogeo's convention) gives the trailing words in capitals as the last
     * name; otherwise the last word is the last name ("Ada Lovelace"). A one-word name is both first and last name,
     * since memberkit requires both and invents neither. Null or blank gives two nulls.
     */
    public static String[] splitName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return new String[] {null, null};
        }
        var words = displayName.strip().split("\\s+");
        if (words.length == 1) {
            return new String[] {words[0], words[0]};
        }
        int capitals = words.length;
        while (capitals > 0 && isCapitals(words[capitals - 1])) {
            capitals--;
        }
        int cut = capitals > 0 && capitals < words.length ? capitals : words.length - 1;
        return new String[] {String.join(" ", Arrays.copyOfRange(words, 0, cut)),
                String.join(" ", Arrays.copyOfRange(words, cut, words.length))};
    }

    private static boolean isCapitals(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /**
     * The first candidate memberkit accepts as a person's name (not blank, no link): a provider's name fields may be
     * empty (AWX's default admin has none), so the mapping names what stands in, in order.
     */
    public static String personName(String field, String... candidates) {
        var refused = new ArrayList<String>();
        for (var candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                return PersonName.require(candidate, field);
            } catch (InvalidInput notAName) {
                refused.add(candidate);
            }
        }
        throw new IllegalArgumentException("no usable " + field + " among " + refused.size() + " candidate(s)");
    }

    /** The slug of the first candidate that has a letter or digit. */
    public static Slug slug(String... candidates) {
        for (var candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                return Slug.from(candidate);
            } catch (InvalidInput noLetter) {
                // the next candidate stands in
            }
        }
        throw new IllegalArgumentException("no candidate gives a slug");
    }

    /** The part of a user name before '@', when it has one ("ada@example.org" gives "ada"). */
    public static String beforeAt(String value) {
        if (value == null) {
            return null;
        }
        int at = value.indexOf('@');
        return at > 0 ? value.substring(0, at) : value;
    }

    static String firstLine(String text, int max) {
        var line = Objects.requireNonNullElse(text, "").strip().split("\\R", 2)[0].strip();
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }
}
