package io.memberkit.application.port.in.mirror;

/**
 * The input of {@link RetryConflictUseCase}.
 *
 * @param sequence the conflict's place in the outbox
 */
public record RetryConflict(long sequence) {
}
