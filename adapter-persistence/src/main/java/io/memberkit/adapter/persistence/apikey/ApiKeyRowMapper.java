package io.memberkit.adapter.persistence.apikey;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyHash;
import io.memberkit.domain.user.ApiKeyId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
public interface ApiKeyRowMapper {
    @Mapping(target = "owner", source = "ownerId")
    @Mapping(target = "revokedAt", ignore = true)
    ApiKey toDomain(ApiKeyRow row);

    @Mapping(target = "id", source = "key.id")
    @Mapping(target = "ownerId", source = "key.owner")
    @Mapping(target = "name", source = "key.name")
    @Mapping(target = "prefix", source = "key.prefix")
    @Mapping(target = "created", source = "key.created")
    @Mapping(target = "revoked", source = "key.revoked")
    @Mapping(target = "tokenHash", source = "hash")
    ApiKeyRow toRow(ApiKey key, ApiKeyHash hash);

    default String value(ApiKeyId id) {
        return id == null ? null : id.value();
    }

    default ApiKeyId apiKeyId(String value) {
        return value == null ? null : new ApiKeyId(value);
    }

    default String value(ApiKeyHash hash) {
        return hash == null ? null : hash.value();
    }
}
