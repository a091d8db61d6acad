package io.memberkit.application.port.in.organization;

import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;

/** The input of {@link ListOrganizationsUseCase}. */
public record ListOrganizations(Actor actor, OrganizationQuery filter, PageRequest page) {
    public ListOrganizations {
        Require.present(actor, "actor");
        filter = filter == null ? OrganizationQuery.all() : filter;
        page = page == null ? PageRequest.firstPage() : page;
    }
}
