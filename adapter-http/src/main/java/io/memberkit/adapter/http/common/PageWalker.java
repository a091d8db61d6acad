package io.memberkit.adapter.http.common;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paged remote list lazily, for syncs that read everything: it holds one page, and asks for the next one
 * (following the link the previous page gave) only when the current one is used up. Memory stays one page whatever
 * the list's length; a remote that keeps pointing at the same link ends the walk instead of looping.
 */
public final class PageWalker<T> implements Iterator<T> {
    /** Fetches the page a link points at; the first call gets no link. */
    @FunctionalInterface
    public interface Fetch<T> {
        Batch<T> fetch(Optional<String> link);
    }

    /** One page's items and the link to the next page, if any. */
    public record Batch<T>(List<T> items, Optional<String> next) {
        public Batch {
            items = List.copyOf(items);
            next = next == null ? Optional.empty() : next;
        }
    }

    private final Fetch<T> fetch;
    private Batch<T> current;
    private Optional<String> lastLink = Optional.empty();
    private int index;
    private int fetched;

    public PageWalker(Fetch<T> fetch) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    public static <T> Stream<T> stream(Fetch<T> fetch) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageWalker<>(fetch),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        while (current == null || index >= current.items().size()) {
            Optional<String> link;
            if (current == null) {
                link = Optional.empty();
            } else if (current.next().isEmpty() || current.next().equals(lastLink)) {
                return false;
            } else {
                link = current.next();
            }
            lastLink = link;
            current = fetch.fetch(link);
            fetched++;
            index = 0;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.items().get(index++);
    }

    /** Items of the page held now: never more than one page. */
    public int held() {
        return current == null ? 0 : current.items().size();
    }

    /** Pages fetched so far. */
    public int pagesFetched() {
        return fetched;
    }
}
