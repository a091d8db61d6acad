package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import java.time.Instant;

/**
 * One write in the outbox: its place ({@code sequence}, which orders the writes of each organization), its
 * idempotency key (unique, never reused), the remote it goes to, who made it and when, where it stands, and the
 * remote's message when it was refused.
 */
public record OutboxEntry(long sequence, String idempotencyKey, RemoteOrigin origin, PendingWrite write,
                          UserId actor, Instant created, OutboxState state, String message) {
    public OutboxEntry {
        idempotencyKey = Require.nonBlank(idempotencyKey, "idempotency key");
        Require.present(origin, "origin");
        Require.present(write, "write");
        Require.present(created, "created");
        Require.present(state, "state");
    }
}
