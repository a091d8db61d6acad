package io.memberkit.application.port.in.mirror;

import io.memberkit.application.port.out.MirrorRun;
import io.memberkit.application.port.out.OutboxEntry;
import java.util.List;

/** The last run per remote (newest first), the pending outbox entries and the conflicts, oldest first. */
public record MirrorStatus(List<MirrorRun> lastRuns, List<OutboxEntry> pending, List<OutboxEntry> conflicts) {
    public MirrorStatus {
        lastRuns = List.copyOf(lastRuns);
        pending = List.copyOf(pending);
        conflicts = List.copyOf(conflicts);
    }
}
