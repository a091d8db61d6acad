package io.memberkit.application.port.in.me;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link ListMyOrganizationsUseCase}. */
public record ListMyOrganizations(Actor actor) {
    public ListMyOrganizations {
        Require.present(actor, "actor");
    }
}
