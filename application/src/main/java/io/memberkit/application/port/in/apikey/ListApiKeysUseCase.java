package io.memberkit.application.port.in.apikey;

import io.memberkit.domain.user.ApiKey;
import java.util.List;

/** The actor's own keys, oldest first, revoked ones included; never a token. */
public interface ListApiKeysUseCase {
    List<ApiKey> list(ListApiKeys query);
}
