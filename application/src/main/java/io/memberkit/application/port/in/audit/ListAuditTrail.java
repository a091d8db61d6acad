package io.memberkit.application.port.in.audit;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;

/** The input of {@link ListAuditTrailUseCase}. */
public record ListAuditTrail(Actor actor, OrganizationId organization, PageRequest page) {
    public ListAuditTrail {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        page = page == null ? PageRequest.firstPage() : page;
    }
}
