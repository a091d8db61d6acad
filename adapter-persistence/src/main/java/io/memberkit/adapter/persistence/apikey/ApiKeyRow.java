package io.memberkit.adapter.persistence.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code api_keys}: the key's facts and the SHA-256 of its token, never the token. */
@MappedEntity("api_keys")
public record ApiKeyRow(@Id String id, String ownerId, @Nullable String name, String prefix, String tokenHash,
                        Instant created, @Nullable Instant revoked) {
}
