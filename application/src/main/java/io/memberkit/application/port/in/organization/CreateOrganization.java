package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.organization.OrganizationDetails;

/** The input of {@link CreateOrganizationUseCase}. */
public record CreateOrganization(Actor actor, OrganizationDetails details) {
    public CreateOrganization {
        Require.present(actor, "actor");
        Require.present(details, "details");
    }
}
