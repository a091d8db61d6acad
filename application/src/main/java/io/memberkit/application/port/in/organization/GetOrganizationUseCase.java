package io.memberkit.application.port.in.organization;

import io.memberkit.domain.organization.Organization;

/** One organization by id or slug; a deleted one is gone, except to its members and site admins. */
public interface GetOrganizationUseCase {
    Organization get(GetOrganization query);
}
