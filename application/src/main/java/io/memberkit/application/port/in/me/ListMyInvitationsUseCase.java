package io.memberkit.application.port.in.me;

import io.memberkit.domain.membership.MembershipRequest;
import java.util.List;

/** The signed-in user's pending invitations (GET /me/org_invitations/), by id or by their email. */
public interface ListMyInvitationsUseCase {
    List<MembershipRequest> list(ListMyInvitations query);
}
