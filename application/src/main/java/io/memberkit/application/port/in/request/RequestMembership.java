package io.memberkit.application.port.in.request;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** The input of {@link RequestMembershipUseCase}. */
public record RequestMembership(Actor actor, OrganizationId organization, String comment) {
    public RequestMembership {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        comment = Require.nonBlankText(comment, "comment");
    }
}
