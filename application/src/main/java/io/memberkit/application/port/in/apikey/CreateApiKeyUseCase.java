package io.memberkit.application.port.in.apikey;

/** A signed-in user creates an API key for the local server; its token is in the answer and nowhere else. */
public interface CreateApiKeyUseCase {
    CreatedApiKey create(CreateApiKey command);
}
