package io.memberkit.domain.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with uData's envelope facts: page, page size, total and whether a next page exists. */
public record Page<T>(List<T> items, int page, int pageSize, long total, boolean hasNext) {
    public Page {
        items = List.copyOf(items);
        if (page < 1 || pageSize < 1 || total < 0) {
            throw new IllegalArgumentException("page >= 1, pageSize >= 1, total >= 0");
        }
    }

    /** A page cut from a total the adapter counted: a next page exists when rows remain after this one. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.pageSize(), total,
                request.offset() + items.size() < total);
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request.page(), request.pageSize(), 0, false);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, pageSize, total, hasNext);
    }
}
