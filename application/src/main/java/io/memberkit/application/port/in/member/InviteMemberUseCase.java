package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.MembershipRequest;

/** An admin invites a user or an email to join, with a role and, for a partial editor, assignments. */
public interface InviteMemberUseCase {
    MembershipRequest invite(InviteMember command);
}
