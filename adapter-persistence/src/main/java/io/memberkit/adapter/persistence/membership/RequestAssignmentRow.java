package io.memberkit.adapter.persistence.membership;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code request_assignments}: one object an invitation will assign once accepted. */
@MappedEntity("request_assignments")
public record RequestAssignmentRow(@EmbeddedId RequestAssignmentKey id) {
}
