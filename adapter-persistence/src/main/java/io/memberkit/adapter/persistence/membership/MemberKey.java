package io.memberkit.adapter.persistence.membership;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The key of {@code members}: a user is a member of an organization at most once. */
@Embeddable
public record MemberKey(@MappedProperty("organization_id") String organizationId,
                        @MappedProperty("user_id") String userId) {
}
