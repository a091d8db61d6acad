package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MemberRole;
import java.util.Optional;

/**
 * The input of {@link ListMembersUseCase}: optionally one role, and {@code q}, a prefix of the member's first name,
 * last name or email address (case-insensitive).
 */
public record ListMembers(Actor actor, OrganizationId organization, Optional<MemberRole> role, Optional<String> q,
                          PageRequest page) {
    public ListMembers {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(role, "role");
        q = Require.present(q, "q").map(v -> Require.line(v, "q")).filter(v -> v != null);
        page = page == null ? PageRequest.firstPage() : page;
    }

    public ListMembers(Actor actor, OrganizationId organization, Optional<MemberRole> role, PageRequest page) {
        this(actor, organization, role, Optional.empty(), page);
    }
}
