package io.memberkit.application.port.in.mirror;

/**
 * The input of {@link GetMirrorStatusUseCase}.
 *
 * @param limit the most pending entries and conflicts listed (at least 1)
 */
public record GetMirrorStatus(int limit) {
    public GetMirrorStatus {
        io.memberkit.domain.common.Require.between(limit, 1, 10_000, "limit");
    }
}
