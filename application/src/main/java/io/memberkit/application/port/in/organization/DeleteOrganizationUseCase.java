package io.memberkit.application.port.in.organization;

import io.memberkit.domain.organization.Organization;

/** An admin deletes an organization (soft delete); deleting it again is gone. */
public interface DeleteOrganizationUseCase {
    Organization delete(DeleteOrganization command);
}
