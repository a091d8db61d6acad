package io.memberkit.application.port.in.me;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link ListMyInvitationsUseCase}. */
public record ListMyInvitations(Actor actor) {
    public ListMyInvitations {
        Require.present(actor, "actor");
    }
}
