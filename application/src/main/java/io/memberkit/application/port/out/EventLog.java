package io.memberkit.application.port.out;

import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;

/** The append-only audit trail: every accepted change's events, in the same unit of work as the change. */
public interface EventLog {
    void append(DomainEvent event);

    /** An organization's trail, oldest first. */
    Page<AuditEntry> list(OrganizationId organization, PageRequest page);
}
