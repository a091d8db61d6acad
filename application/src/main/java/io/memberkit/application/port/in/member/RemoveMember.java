package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;

/** The input of {@link RemoveMemberUseCase}. */
public record RemoveMember(Actor actor, OrganizationId organization, UserId user) {
    public RemoveMember {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(user, "user");
    }
}
