package io.memberkit.adapter.persistence.apikey;

import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.application.port.out.ApiKeyRepository;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyHash;
import io.memberkit.domain.user.ApiKeyId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys in {@code api_keys}, found by the hash of their token through its unique index. */
@Singleton
@TranslatesSqlFailures
public class JdbcApiKeyRepository implements ApiKeyRepository {
    private final ApiKeyRows rows;
    private final ApiKeyRowMapper mapper;

    public JdbcApiKeyRepository(ApiKeyRows rows, ApiKeyRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void add(ApiKey key, ApiKeyHash hash) {
        rows.save(mapper.toRow(key, hash));
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return rows.findByTokenHash(hash.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<ApiKey> of(UserId owner) {
        return rows.ofOwner(owner.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public void revoke(ApiKeyId id, Instant at) {
        rows.revoke(id.value(), at);
    }
}
