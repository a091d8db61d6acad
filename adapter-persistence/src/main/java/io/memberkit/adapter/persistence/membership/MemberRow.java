package io.memberkit.adapter.persistence.membership;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code members}. */
@MappedEntity("members")
public record MemberRow(@EmbeddedId MemberKey id, String role, Instant since) {
}
