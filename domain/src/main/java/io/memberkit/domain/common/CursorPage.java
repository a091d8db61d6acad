package io.memberkit.domain.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list read by cursor (keyset paging): the items, and the opaque cursor that starts the next page
 * when there is one. Unlike {@link Page}, it has no total and no page number: reading page n costs the same
 * whatever n is, where an offset makes the store read and skip every row before it.
 */
public record CursorPage<T>(List<T> items, Optional<String> next) {
    public CursorPage {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }

    /**
     * The page cut from {@code fetched}, which an adapter read with a limit of {@code size + 1}: a row past the
     * page's end means a next page exists, and it starts after the page's last item.
     */
    public static <T> CursorPage<T> of(List<T> fetched, int size, Function<? super T, String> cursorOf) {
        if (fetched.size() <= size) {
            return new CursorPage<>(fetched, Optional.empty());
        }
        var items = fetched.subList(0, size);
        return new CursorPage<>(items, Optional.of(cursorOf.apply(items.get(size - 1))));
    }

    public boolean hasNext() {
        return next.isPresent();
    }

    public <R> CursorPage<R> map(Function<? super T, ? extends R> mapper) {
        return new CursorPage<>(items.stream().<R>map(mapper).toList(), next);
    }
}
