package io.memberkit.application.port.in.mirror;

import io.memberkit.application.port.out.MirrorScope;

/**
 * The input of {@link SyncMirrorUseCase}: which organizations to mirror, and who is told of the progress.
 *
 * @param scope the key owner's organizations by default
 * @param progress told after each organization; silent when null
 */
public record SyncMirror(MirrorScope scope, Progress progress) {
    public SyncMirror {
        scope = scope == null ? new MirrorScope.Mine() : scope;
        progress = progress == null ? Progress.SILENT : progress;
    }

    /** Told how far a sync is: {@code done} organizations of {@code total} (-1 when unknown). */
    @FunctionalInterface
    public interface Progress {
        /** Tells nobody. */
        Progress SILENT = (done, total, organization) -> {
        };

        void organization(long done, long total, String organization);
    }
}
