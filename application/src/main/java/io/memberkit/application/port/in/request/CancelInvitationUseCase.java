package io.memberkit.application.port.in.request;

import io.memberkit.domain.membership.MembershipRequest;

/** An admin cancels a pending invitation. */
public interface CancelInvitationUseCase {
    MembershipRequest cancel(CancelInvitation command);
}
