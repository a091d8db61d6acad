package io.memberkit.application.port.in.organization;

import io.memberkit.domain.organization.Organization;

/** Creates an organization; its creator becomes its admin. */
public interface CreateOrganizationUseCase {
    Organization create(CreateOrganization command);
}
