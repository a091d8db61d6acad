package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.ApiToken;

/** The input of {@link AuthenticateApiKeyUseCase}: a token as a caller sent it. Nobody acts yet, so no actor. */
public record AuthenticateApiKey(ApiToken token) {
    public AuthenticateApiKey {
        Require.present(token, "api_key");
    }
}
