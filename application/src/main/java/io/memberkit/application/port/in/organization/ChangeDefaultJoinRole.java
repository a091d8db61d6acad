package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.domain.membership.MemberRole;

/** The input of {@link ChangeDefaultJoinRoleUseCase}: editor or partial editor, never admin. */
public record ChangeDefaultJoinRole(Actor actor, OrganizationId organization, MemberRole role) {
    public ChangeDefaultJoinRole {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        JoinPolicy.requireJoinRole(Require.present(role, "default_join_role"));
    }
}
