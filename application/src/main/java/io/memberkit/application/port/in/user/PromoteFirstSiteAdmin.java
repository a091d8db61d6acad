package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link PromoteFirstSiteAdminUseCase}. */
public record PromoteFirstSiteAdmin(Actor actor) {
    public PromoteFirstSiteAdmin {
        Require.present(actor, "actor");
    }
}
