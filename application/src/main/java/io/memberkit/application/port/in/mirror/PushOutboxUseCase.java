package io.memberkit.application.port.in.mirror;

/**
 * Replays the outbox on the remote, oldest first. A write the remote refuses is set aside as a conflict with the
 * remote's message, its organization's mirror is refreshed, and the rest goes on. An entry a killed push left
 * half-sent is checked on the remote before it is sent again, so nothing is sent twice.
 */
public interface PushOutboxUseCase {
    PushReport push(PushOutbox command);
}
