package io.memberkit.application.port.in.permission;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** The input of {@link GetOrganizationPermissionsUseCase}. */
public record GetOrganizationPermissions(Actor actor, OrganizationId organization) {
    public GetOrganizationPermissions {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
    }
}
