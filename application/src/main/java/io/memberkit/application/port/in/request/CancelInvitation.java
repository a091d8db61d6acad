package io.memberkit.application.port.in.request;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MembershipRequestId;

/** The input of {@link CancelInvitationUseCase}. */
public record CancelInvitation(Actor actor, OrganizationId organization, MembershipRequestId invitation) {
    public CancelInvitation {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(invitation, "id");
    }
}
