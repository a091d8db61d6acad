package io.memberkit.application.port.out;

import io.memberkit.domain.common.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of a mirror: writes accepted locally, appended in the same unit of work as the write, replayed on their
 * remote in order by push. Every call runs inside the caller's unit of work.
 */
public interface OutboxRepository {
    /** Appends {@code write}, pending, with a fresh idempotency key; returns the entry. */
    OutboxEntry append(RemoteOrigin origin, PendingWrite write, UserId actor, Instant at);

    /** The next entries to push to {@code origin} (pending or being sent), oldest first, at most {@code limit}. */
    List<OutboxEntry> next(RemoteOrigin origin, int limit);

    Optional<OutboxEntry> find(long sequence);

    /** Moves an entry to {@code state}, with the remote's message for a conflict (null otherwise). */
    void mark(long sequence, OutboxState state, String message, Instant at);

    /** Entries in {@code state}, oldest first, at most {@code limit}. */
    List<OutboxEntry> inState(OutboxState state, int limit);

    /** How many entries for {@code origin} are in {@code state}. */
    long count(RemoteOrigin origin, OutboxState state);
}
