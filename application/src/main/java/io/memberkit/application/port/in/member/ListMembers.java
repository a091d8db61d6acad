package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MemberRole;
import java.util.Optional;

/** The input of {@link ListMembersUseCase}. */
public record ListMembers(Actor actor, OrganizationId organization, Optional<MemberRole> role, PageRequest page) {
    public ListMembers {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(role, "role");
        page = page == null ? PageRequest.firstPage() : page;
    }
}
