package io.memberkit.application.service;

import io.memberkit.application.port.in.audit.ListAuditTrail;
import io.memberkit.application.port.in.audit.ListAuditTrailUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.permission.Permissions;

/** The audit trail of an organization, for its admins, its editors and site admins. */
public final class AuditService implements ListAuditTrailUseCase {
    private final OutboundPorts ports;
    private final Facts facts;

    public AuditService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
    }

    @Override
    public Page<AuditEntry> list(ListAuditTrail query) {
        return ports.unitOfWork().read(() -> {
            var viewer = facts.viewer(query.actor());
            var organization = facts.organization(query.organization());
            Permissions.requirePrivate(viewer, facts.membership(organization.id(), viewer));
            return ports.events().list(organization.id(), query.page());
        });
    }
}
