package io.memberkit.application.port.in.permission;

import io.memberkit.domain.permission.OrganizationPermissions;

/** The actor's permission object on an organization: edit, delete, members, harvest, private. */
public interface GetOrganizationPermissionsUseCase {
    OrganizationPermissions get(GetOrganizationPermissions query);
}
