package io.memberkit.adapter.persistence.assignment;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code assignments}; its {@code member_role} column is the schema's own (always partial_editor). */
@MappedEntity("assignments")
public record AssignmentRow(@EmbeddedId AssignmentKey id, Instant created) {
}
