package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link CreateApiKeyUseCase}: a key for the actor, with an optional name to tell keys apart. */
public record CreateApiKey(Actor actor, String name) {
    public CreateApiKey {
        Require.present(actor, "actor");
        name = Require.line(name, "name");
    }
}
