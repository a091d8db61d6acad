package io.memberkit.application.port.in.mirror;

/**
 * The input of {@link PushOutboxUseCase}.
 *
 * @param limit the most entries to push in this run (at least 1)
 */
public record PushOutbox(int limit) {
    /** Everything pending. */
    public static final PushOutbox ALL = new PushOutbox(Integer.MAX_VALUE);

    public PushOutbox {
        io.memberkit.domain.common.Require.between(limit, 1, Integer.MAX_VALUE, "limit");
    }
}
