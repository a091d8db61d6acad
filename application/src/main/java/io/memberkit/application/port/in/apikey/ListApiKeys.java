package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link ListApiKeysUseCase}. */
public record ListApiKeys(Actor actor) {
    public ListApiKeys {
        Require.present(actor, "actor");
    }
}
