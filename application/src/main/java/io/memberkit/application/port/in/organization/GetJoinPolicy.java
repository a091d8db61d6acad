package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** The input of {@link GetJoinPolicyUseCase}. */
public record GetJoinPolicy(Actor actor, OrganizationId organization) {
    public GetJoinPolicy {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
    }
}
