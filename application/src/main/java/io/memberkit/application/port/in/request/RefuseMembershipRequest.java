package io.memberkit.application.port.in.request;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MembershipRequestId;

/** The input of {@link RefuseMembershipRequestUseCase}. */
public record RefuseMembershipRequest(Actor actor, OrganizationId organization, MembershipRequestId request, String comment) {
    public RefuseMembershipRequest {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(request, "id");
        comment = Require.nonBlankText(comment, "comment");
    }
}
