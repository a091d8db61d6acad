package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;

/** The input of {@link ChangeMemberRoleUseCase}. */
public record ChangeMemberRole(Actor actor, OrganizationId organization, UserId user, MemberRole role) {
    public ChangeMemberRole {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(user, "user");
        Require.present(role, "role");
    }
}
