package io.memberkit.adapter.persistence.assignment;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code subjects}: an object of the platform and the organization that owns it. */
@MappedEntity("subjects")
public record SubjectRow(@EmbeddedId SubjectKey id, String ownerId) {
}
