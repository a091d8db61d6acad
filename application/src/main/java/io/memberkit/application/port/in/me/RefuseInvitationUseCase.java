package io.memberkit.application.port.in.me;

import io.memberkit.domain.membership.MembershipRequest;

/** The invitee refuses an invitation. */
public interface RefuseInvitationUseCase {
    MembershipRequest refuse(RefuseInvitation command);
}
