package io.memberkit.domain.common;

/** Sort by one field, ascending or descending; the wire spelling ("-name") lives in adapters. */
public record SortOrder<F extends Enum<F>>(F field, boolean descending) {
    public SortOrder {
        Require.present(field, "sort");
    }

    public static <F extends Enum<F>> SortOrder<F> ascending(F field) {
        return new SortOrder<>(field, false);
    }

    public static <F extends Enum<F>> SortOrder<F> descending(F field) {
        return new SortOrder<>(field, true);
    }
}
