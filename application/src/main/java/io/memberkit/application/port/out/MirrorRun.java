package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import java.time.Instant;

/**
 * One sync of one remote: started, and finished once every organization of its scope was mirrored. A run that is
 * not finished (the process was killed) is resumed by the next sync of the same remote, from its checkpoint: the
 * organizations it already mirrored, and the counts so far.
 */
public record MirrorRun(long id, RemoteOrigin origin, String scope, Instant started, Instant finished,
                        MirrorCounts counts, boolean resumed) {
    public MirrorRun {
        Require.present(origin, "origin");
        Require.present(started, "started");
        counts = counts == null ? MirrorCounts.ZERO : counts;
    }

    public boolean isFinished() {
        return finished != null;
    }
}
