package io.memberkit.application.port.in.mirror;

import io.memberkit.application.port.out.OutboxEntry;
import io.memberkit.application.port.out.RemoteOrigin;
import java.util.List;

/**
 * What a push did: entries sent, entries found already applied on the remote (a push killed after sending them),
 * the conflicts it set aside (with the remote's message), and how many remain pending.
 */
public record PushReport(RemoteOrigin origin, int sent, int alreadyApplied, List<OutboxEntry> conflicts,
                         long pending) {
    public PushReport {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
