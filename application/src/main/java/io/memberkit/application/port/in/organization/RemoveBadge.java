package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.organization.Badge;

/** The input of {@link RemoveBadgeUseCase}. */
public record RemoveBadge(Actor actor, OrganizationId organization, Badge badge) {
    public RemoveBadge {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(badge, "kind");
    }
}
