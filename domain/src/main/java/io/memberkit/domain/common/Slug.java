package io.memberkit.domain.common;

import io.memberkit.domain.error.InvalidInput;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A permalink string: lower case, ASCII letters and digits separated by single dashes. */
public record Slug(String value) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final int MAX = 200;

    public Slug {
        if (value == null || value.length() > MAX || !hasShape(value)) {
            throw InvalidInput.of("slug", "must be lower-case letters and digits separated by dashes");
        }
    }

    /** {@code [a-z0-9]+(-[a-z0-9]+)*}, walked by hand: a slug is checked for every row read, a regex costs more. */
    private static boolean hasShape(String value) {
        if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(value.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (c != '-' || value.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** "Agglomération de la Métadonnée" becomes "agglomeration-de-la-metadonnee". */
    public static Slug from(String name) {
        var folded = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l").replace("đ", "d")
                .replace("Đ", "d").replace("ð", "d").replace("þ", "th").replace("Þ", "th")
                .toLowerCase(Locale.ROOT);
        var dashed = NOT_ALNUM.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (dashed.isEmpty()) {
            throw InvalidInput.of("slug", "cannot be derived from '" + name + "': no letter or digit");
        }
        if (dashed.length() > MAX - 8) {
            dashed = dashed.substring(0, MAX - 8).replaceAll("-+$", "");
        }
        return new Slug(dashed);
    }

    /** The first of this slug, then slug-1, slug-2… that is not taken. */
    public Slug unique(Predicate<Slug> taken) {
        if (!taken.test(this)) {
            return this;
        }
        for (int n = 1; ; n++) {
            var candidate = new Slug(value + "-" + n);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
