package io.memberkit.application.port.in.me;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link GetMeUseCase}. */
public record GetMe(Actor actor) {
    public GetMe {
        Require.present(actor, "actor");
    }
}
