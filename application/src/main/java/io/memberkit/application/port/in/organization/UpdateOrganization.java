package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.organization.OrganizationDetails;

/** The input of {@link UpdateOrganizationUseCase}. */
public record UpdateOrganization(Actor actor, OrganizationId organization, OrganizationDetails details) {
    public UpdateOrganization {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(details, "details");
    }
}
