package io.memberkit.application.port.in.request;

import io.memberkit.domain.membership.MembershipRequest;

/**
 * An admin sends a pending invitation again, expired or not: its delay starts over. Not counted by the invitation
 * rate limit, which counts invitations created.
 */
public interface ResendInvitationUseCase {
    MembershipRequest resend(ResendInvitation command);
}
