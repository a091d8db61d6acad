package io.memberkit.application.port.out;

/**
 * Where an outbox entry stands: waiting; being sent (marked before the remote call, so that a push killed midway
 * checks the remote before sending it again); sent; set aside as a conflict; or discarded by a person.
 */
public enum OutboxState {
    PENDING, SENDING, SENT, CONFLICT, DISCARDED
}
