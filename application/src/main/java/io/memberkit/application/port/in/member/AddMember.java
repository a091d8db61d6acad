package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;

/** The input of {@link AddMemberUseCase}: who adds whom to which organization, with which role. */
public record AddMember(Actor actor, OrganizationId organization, UserId user, MemberRole role) {
    public AddMember {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(user, "user");
        Require.present(role, "role");
    }
}
