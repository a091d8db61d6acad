package io.memberkit.adapter.persistence.organization;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code organization_badges}. */
@MappedEntity("organization_badges")
public record BadgeRow(@EmbeddedId BadgeKey id) {
}
