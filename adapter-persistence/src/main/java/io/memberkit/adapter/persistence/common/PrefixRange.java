package io.memberkit.adapter.persistence.common;

import java.util.Locale;

/**
 * A case-insensitive prefix as a range on a lower-cased column: {@code column >= from AND column < to}. Unlike
 * {@code LIKE ?}, which H2 cannot serve from an index when the pattern is a parameter, a range walks the b-tree
 * (on PostgreSQL, the columns are COLLATE "C" so that their order is the code-point order this range assumes).
 */
public record PrefixRange(String from, String to) {

    public static PrefixRange of(String prefix) {
        var from = prefix.strip().toLowerCase(Locale.ROOT);
        if (from.isEmpty()) {
            throw new IllegalArgumentException("an empty prefix matches everything: list instead");
        }
        // the smallest string greater than every string that starts with the prefix
        var last = from.charAt(from.length() - 1);
        var to = from.substring(0, from.length() - 1) + (char) (last + 1);
        return new PrefixRange(from, to);
    }
}
