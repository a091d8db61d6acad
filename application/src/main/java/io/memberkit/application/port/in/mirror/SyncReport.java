package io.memberkit.application.port.in.mirror;

import io.memberkit.application.port.out.MirrorCounts;
import io.memberkit.application.port.out.RemoteOrigin;
import java.time.Instant;

/**
 * What a sync did: the remote, the counts of the whole run (a resumed run included), whether it resumed an
 * interrupted one, and how many organizations it read.
 */
public record SyncReport(RemoteOrigin origin, MirrorCounts counts, boolean resumed, long organizations,
                         Instant started, Instant finished) {
}
