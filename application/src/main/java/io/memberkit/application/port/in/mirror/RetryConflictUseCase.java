package io.memberkit.application.port.in.mirror;

import io.memberkit.application.port.out.OutboxEntry;

/** Puts a conflict back in the outbox, at its place: the next push sends it again. Only a conflict can be retried. */
public interface RetryConflictUseCase {
    OutboxEntry retry(RetryConflict command);
}
