package io.memberkit.adapter.persistence.follow;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code follows}. */
@MappedEntity("follows")
public record FollowRow(@EmbeddedId FollowKey id, Instant since) {
}
