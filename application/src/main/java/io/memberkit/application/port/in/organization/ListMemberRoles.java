package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link ListMemberRolesUseCase}. */
public record ListMemberRoles(Actor actor) {
    public ListMemberRoles {
        Require.present(actor, "actor");
    }
}
