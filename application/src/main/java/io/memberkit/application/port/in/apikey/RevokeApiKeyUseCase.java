package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.user.ApiKey;

/** The owner (or a site admin) revokes a key: it lets nobody in any more. */
public interface RevokeApiKeyUseCase {
    ApiKey revoke(RevokeApiKey command);
}
