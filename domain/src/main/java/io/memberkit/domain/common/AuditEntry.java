package io.memberkit.domain.common;

import java.time.Instant;

/** One line of an organization's audit trail: who did what, when. */
public record AuditEntry(long sequence, Instant at, UserId actor, OrganizationId organization, String type, String description) {
    public AuditEntry {
        Require.present(at, "at");
        Require.present(type, "type");
    }
}
