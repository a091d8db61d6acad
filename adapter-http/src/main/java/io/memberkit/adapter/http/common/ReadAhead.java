package io.memberkit.adapter.http.common;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A page fetch that asks for the next page on a thread of its own as soon as it hands a page over, so that the
 * remote serves page n+1 while the caller works through page n (a sync writes it to its database): two pages at most
 * are held. A failure of the page read ahead surfaces when the walk reaches that page, as it would without reading
 * ahead. Close it (the walk's stream does) to stop the thread.
 */
public final class ReadAhead<T> implements PageWalker.Fetch<T>, AutoCloseable {
    private final PageWalker.Fetch<T> fetch;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        var daemon = new Thread(task, "memberkit-read-ahead");
        daemon.setDaemon(true); // a walk left open never keeps the JVM alive
        return daemon;
    });
    private Optional<String> aheadLink = Optional.empty();
    private Future<PageWalker.Batch<T>> ahead;

    public ReadAhead(PageWalker.Fetch<T> fetch) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    @Override
    public PageWalker.Batch<T> fetch(Optional<String> link) {
        PageWalker.Batch<T> batch;
        if (ahead != null && aheadLink.equals(link)) {
            batch = join(ahead);
        } else {
            if (ahead != null) {
                ahead.cancel(true);
            }
            batch = fetch.fetch(link);
        }
        ahead = null;
        var next = batch.next();
        if (next.isPresent() && !next.equals(link)) { // a page pointing at itself ends the walk: nothing to read
            aheadLink = next;
            ahead = thread.submit(() -> fetch.fetch(next));
        }
        return batch;
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new CancellationException("interrupted while waiting for the next page");
        } catch (ExecutionException e) {
            // the page's own failure, as the caller's thread would have met it
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
