package io.memberkit.adapter.persistence.follow;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
public interface FollowRowMapper {
    @Mapping(target = "follower", source = "id.followerId")
    @Mapping(target = "target", source = "id")
    Follow toDomain(FollowRow row);

    @Mapping(target = "id", source = ".")
    FollowRow toRow(Follow follow);

    /** The sealed target picks its column; MapStruct cannot choose between the two on its own. */
    default FollowKey key(Follow follow) {
        var target = follow.target();
        return new FollowKey(follow.follower().value(),
                target instanceof FollowTarget.OfUser ofUser ? ofUser.user().value() : null,
                target instanceof FollowTarget.OfOrganization ofOrganization
                        ? ofOrganization.organization().value() : null);
    }

    default FollowTarget target(FollowKey key) {
        return key.followedUserId() != null
                ? new FollowTarget.OfUser(new UserId(key.followedUserId()))
                : new FollowTarget.OfOrganization(new OrganizationId(key.followedOrganizationId()));
    }
}
