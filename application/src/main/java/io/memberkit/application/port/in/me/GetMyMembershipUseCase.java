package io.memberkit.application.port.in.me;

import io.memberkit.domain.membership.Member;
import java.util.Optional;

/**
 * The signed-in user's membership of one organization, empty when they are not a member or the organization is
 * deleted (as {@link ListMyOrganizationsUseCase} leaves deleted ones out): two lookups by key, where
 * {@link ListMyOrganizationsUseCase} reads every organization they belong to. What a page of members needs to
 * know who is looking.
 */
public interface GetMyMembershipUseCase {
    Optional<Member> get(GetMyMembership query);
}
