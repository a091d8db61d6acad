package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.Member;

/** An admin changes a member's role; the last admin is never demoted. */
public interface ChangeMemberRoleUseCase {
    Member change(ChangeMemberRole command);
}
