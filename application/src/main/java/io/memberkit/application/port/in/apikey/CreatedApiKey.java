package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiToken;

/** A new key and its token: the only time the token is ever seen. The token's {@code toString} is redacted. */
public record CreatedApiKey(ApiKey key, ApiToken token) {
}
