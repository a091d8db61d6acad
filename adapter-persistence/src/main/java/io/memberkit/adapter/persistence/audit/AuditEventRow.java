package io.memberkit.adapter.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code audit_events}; {@code seq} comes from the database, in commit-independent append order. */
@MappedEntity("audit_events")
public record AuditEventRow(@Id @GeneratedValue Long seq, Instant occurredAt, @Nullable String actorId,
                            @Nullable String organizationId, String eventType, String description) {
}
