package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;

/** The input of {@link ListAssignmentsUseCase}. */
public record ListAssignments(Actor actor, OrganizationId organization, PageRequest page) {
    public ListAssignments {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        page = page == null ? PageRequest.first(PageRequest.MAX_SIZE) : page;
    }
}
