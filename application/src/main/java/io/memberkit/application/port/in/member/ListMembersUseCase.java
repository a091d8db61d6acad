package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Page;
import io.memberkit.domain.membership.MemberDetails;

/** The members of an organization with their accounts, oldest first, optionally of one role. */
public interface ListMembersUseCase {
    Page<MemberDetails> list(ListMembers query);
}
