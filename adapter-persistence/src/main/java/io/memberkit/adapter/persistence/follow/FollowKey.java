package io.memberkit.adapter.persistence.follow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** Who follows what: exactly one of the two targets is set (the schema checks it). */
@Embeddable
public record FollowKey(@MappedProperty("follower_id") String followerId,
                        @Nullable @MappedProperty("followed_user_id") String followedUserId,
                        @Nullable @MappedProperty("followed_organization_id") String followedOrganizationId) {
}
