package io.memberkit.application.port.in.me;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link DeleteMyAccountUseCase}. */
public record DeleteMyAccount(Actor actor) {
    public DeleteMyAccount {
        Require.present(actor, "actor");
    }
}
