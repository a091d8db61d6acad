package io.memberkit.application.port.out;

import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyHash;
import io.memberkit.domain.user.ApiKeyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The API keys of the local server. A key is stored under the SHA-256 of its token and found by it: the token
 * itself never reaches a store, so a copy of the database lets nobody in.
 */
public interface ApiKeyRepository {
    /** Stores a new key under the hash of its token; a second key with the same hash is a {@code Conflict}. */
    void add(ApiKey key, ApiKeyHash hash);

    /** The key whose token hashes to {@code hash}, revoked or not. */
    Optional<ApiKey> findByHash(ApiKeyHash hash);

    Optional<ApiKey> find(ApiKeyId id);

    /** A user's keys, oldest first, revoked ones included. */
    List<ApiKey> of(UserId owner);

    void revoke(ApiKeyId id, Instant at);
}
