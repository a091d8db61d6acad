package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link ListSiteRolesUseCase}. */
public record ListSiteRoles(Actor actor) {
    public ListSiteRoles {
        Require.present(actor, "actor");
    }
}
