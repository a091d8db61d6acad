package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link GetOrganizationUseCase}. */
public record GetOrganization(Actor actor, String idOrSlug) {
    public GetOrganization {
        Require.present(actor, "actor");
        idOrSlug = Require.nonBlank(idOrSlug, "org");
    }
}
