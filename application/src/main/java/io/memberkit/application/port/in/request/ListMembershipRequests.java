package io.memberkit.application.port.in.request;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.RequestStatus;
import java.util.Optional;

/** The input of {@link ListMembershipRequestsUseCase}. */
public record ListMembershipRequests(Actor actor, OrganizationId organization, Optional<UserId> user, Optional<RequestStatus> status, PageRequest page) {
    public ListMembershipRequests {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(user, "user");
        Require.present(status, "status");
        page = page == null ? PageRequest.firstPage() : page;
    }
}
