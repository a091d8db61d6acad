package io.memberkit.application.port.in.request;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MembershipRequestId;
import java.time.Duration;
import java.util.Optional;

/** The input of {@link ResendInvitationUseCase}; {@code expiresIn} as for a new invitation. */
public record ResendInvitation(Actor actor, OrganizationId organization, MembershipRequestId invitation,
                               Optional<Duration> expiresIn) {
    public ResendInvitation {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(invitation, "id");
        expiresIn = Require.present(expiresIn, "expires_in");
    }

    public ResendInvitation(Actor actor, OrganizationId organization, MembershipRequestId invitation) {
        this(actor, organization, invitation, Optional.empty());
    }
}
