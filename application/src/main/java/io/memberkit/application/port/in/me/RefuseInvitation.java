package io.memberkit.application.port.in.me;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MembershipRequestId;

/** The input of {@link RefuseInvitationUseCase}. */
public record RefuseInvitation(Actor actor, MembershipRequestId invitation) {
    public RefuseInvitation {
        Require.present(actor, "actor");
        Require.present(invitation, "invitation");
    }
}
