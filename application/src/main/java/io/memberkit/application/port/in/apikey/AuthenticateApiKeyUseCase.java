package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.common.Actor;

/**
 * Who a token acts for. An unknown or revoked token, or one whose owner is deleted or inactive, is refused
 * ({@code Forbidden}); the local server answers 401.
 */
public interface AuthenticateApiKeyUseCase {
    Actor authenticate(AuthenticateApiKey query);
}
