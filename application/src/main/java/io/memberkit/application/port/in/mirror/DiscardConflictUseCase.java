package io.memberkit.application.port.in.mirror;

import io.memberkit.application.port.out.OutboxEntry;

/** Gives up a conflict: it stays in the outbox as discarded, and is never sent. Only a conflict can be discarded. */
public interface DiscardConflictUseCase {
    OutboxEntry discard(DiscardConflict command);
}
