package io.memberkit.application.port.in.me;

import io.memberkit.domain.membership.Member;

/** The invitee accepts an invitation: they become a member with its role and assignments, in one step. */
public interface AcceptInvitationUseCase {
    Member accept(AcceptInvitation command);
}
