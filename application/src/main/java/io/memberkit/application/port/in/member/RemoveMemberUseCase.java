package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.Member;

/** An admin removes a member and their assignments; the last admin is never removed. */
public interface RemoveMemberUseCase {
    Member remove(RemoveMember command);
}
