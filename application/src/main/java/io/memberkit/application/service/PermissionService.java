package io.memberkit.application.service;

import io.memberkit.application.port.in.permission.GetOrganizationPermissions;
import io.memberkit.application.port.in.permission.GetOrganizationPermissionsUseCase;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.permission.MayEditUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.permission.OrganizationPermissions;
import io.memberkit.domain.permission.Permissions;

/** Permissions: the permission object of an organization, and the hot "may edit" query. */
public final class PermissionService implements GetOrganizationPermissionsUseCase, MayEditUseCase {
    private final OutboundPorts ports;
    private final Facts facts;

    public PermissionService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
    }

    @Override
    public OrganizationPermissions get(GetOrganizationPermissions query) {
        return ports.unitOfWork().read(() -> {
            var viewer = facts.viewer(query.actor());
            var organization = facts.organization(query.organization());
            return Permissions.on(viewer, facts.membership(organization.id(), viewer));
        });
    }

    /**
     * One read through one port call, and no unit of work: a single statement is consistent on its own, and a
     * transaction per check would halve PostgreSQL's throughput on the hottest query (an extra round trip).
     */
    @Override
    public boolean mayEdit(MayEdit query) {
        return query.actor().userId()
                .map(user -> Permissions.mayEdit(ports.members().editRights(user, query.organization(), query.subject())))
                .orElse(false);
    }
}
