package io.memberkit.application.port.in.request;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MembershipRequestId;

/** The input of {@link AcceptMembershipRequestUseCase}. */
public record AcceptMembershipRequest(Actor actor, OrganizationId organization, MembershipRequestId request) {
    public AcceptMembershipRequest {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(request, "id");
    }
}
