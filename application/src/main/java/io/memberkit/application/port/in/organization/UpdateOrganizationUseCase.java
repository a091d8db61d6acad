package io.memberkit.application.port.in.organization;

import io.memberkit.domain.organization.Organization;

/** An admin edits an organization (PUT /organizations/{org}/). */
public interface UpdateOrganizationUseCase {
    Organization update(UpdateOrganization command);
}
