package io.memberkit.application.port.in.me;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** The input of {@link GetMyMembershipUseCase}. */
public record GetMyMembership(Actor actor, OrganizationId organization) {
    public GetMyMembership {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
    }
}
