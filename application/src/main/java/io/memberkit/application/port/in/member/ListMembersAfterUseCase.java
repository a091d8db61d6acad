package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.membership.MemberDetails;

/**
 * The members of an organization with their accounts, oldest first, read by cursor: each page costs the same
 * however deep it is (the offset pages of {@link ListMembersUseCase} grow with their depth), for walking a
 * large organization's members from start to end.
 */
public interface ListMembersAfterUseCase {
    CursorPage<MemberDetails> list(ListMembersAfter query);
}
