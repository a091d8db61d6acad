package io.memberkit.application.port.in.audit;

import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.Page;

/** An organization's audit trail, oldest first, for its admins, editors and site admins. */
public interface ListAuditTrailUseCase {
    Page<AuditEntry> list(ListAuditTrail query);
}
