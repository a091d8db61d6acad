package io.memberkit.adapter.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Statements on {@code audit_events}: insert and read, nothing else (the trail is append-only). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditEventRows extends GenericRepository<AuditEventRow, Long> {

    @Query("""
            INSERT INTO audit_events (occurred_at, actor_id, organization_id, event_type, description)
            VALUES (:occurredAt, :actorId, :organizationId, :eventType, :description)""")
    void append(Instant occurredAt, @Nullable String actorId, @Nullable String organizationId, String eventType,
                String description);

    @Query("""
            SELECT * FROM audit_events WHERE organization_id = :organization
            ORDER BY organization_id, seq LIMIT :limit OFFSET :offset""")
    List<AuditEventRow> page(String organization, int limit, long offset);

    @Query("SELECT COUNT(*) FROM audit_events WHERE organization_id = :organization")
    long count(String organization);
}
