package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.ApiKeyId;

/** The input of {@link RevokeApiKeyUseCase}. */
public record RevokeApiKey(Actor actor, ApiKeyId key) {
    public RevokeApiKey {
        Require.present(actor, "actor");
        Require.present(key, "id");
    }
}
