package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberRole;
import java.util.Optional;

/**
 * The input of {@link ListMembersAfterUseCase}: {@code size} members after {@code after} (from the start when
 * empty). A token received from a previous page is read with {@link MemberCursor#parse(String)}.
 */
public record ListMembersAfter(Actor actor, OrganizationId organization, Optional<MemberRole> role,
                               Optional<MemberCursor> after, int size) {
    public ListMembersAfter {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(role, "role");
        Require.present(after, "after");
        Require.between(size, 1, PageRequest.MAX_SIZE, "page_size");
    }

    /** The first page, of every role. */
    public static ListMembersAfter first(Actor actor, OrganizationId organization, int size) {
        return new ListMembersAfter(actor, organization, Optional.empty(), Optional.empty(), size);
    }

    /** The page after the one whose next-cursor token is {@code token}. */
    public ListMembersAfter next(String token) {
        return new ListMembersAfter(actor, organization, role, Optional.of(MemberCursor.parse(token)), size);
    }
}
