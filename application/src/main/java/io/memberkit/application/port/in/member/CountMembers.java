package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** The input of {@link CountMembersUseCase}. */
public record CountMembers(Actor actor, OrganizationId organization) {
    public CountMembers {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
    }
}
