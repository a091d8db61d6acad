package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Page;
import io.memberkit.domain.organization.Organization;

/** Lists, searches, filters and sorts organizations not deleted (GET /organizations/). */
public interface ListOrganizationsUseCase {
    Page<Organization> list(ListOrganizations query);
}
