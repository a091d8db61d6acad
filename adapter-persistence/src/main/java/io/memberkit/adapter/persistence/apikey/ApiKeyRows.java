package io.memberkit.adapter.persistence.apikey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Statements on {@code api_keys}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApiKeyRows extends GenericRepository<ApiKeyRow, String> {

    ApiKeyRow save(ApiKeyRow row);

    Optional<ApiKeyRow> findById(String id);

    Optional<ApiKeyRow> findByTokenHash(String tokenHash);

    @Query("SELECT * FROM api_keys WHERE owner_id = :owner ORDER BY owner_id, created, id")
    List<ApiKeyRow> ofOwner(String owner);

    @Query("UPDATE api_keys SET revoked = :at WHERE id = :id AND revoked IS NULL")
    long revoke(String id, Instant at);
}
