package io.memberkit.application.port.in.mirror;

/**
 * The input of {@link DiscardConflictUseCase}.
 *
 * @param sequence the conflict's place in the outbox
 */
public record DiscardConflict(long sequence) {
}
