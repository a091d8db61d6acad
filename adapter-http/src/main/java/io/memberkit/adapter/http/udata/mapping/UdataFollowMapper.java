package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataFollow;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Follows, both ways; the followed target is the one in the path. */
@Mapper(config = UdataMapping.class)
public interface UdataFollowMapper {
    UdataFollowMapper INSTANCE = Mappers.getMapper(UdataFollowMapper.class);

    @Mapping(target = "follower", source = "follow.follower.id")
    @Mapping(target = "target", source = "target")
    @Mapping(target = "since", source = "follow.since")
    Follow toDomain(UdataFollow follow, FollowTarget target);

    @Mapping(target = "id", ignore = true)
    UdataFollow toWire(Follow follow);

    default UdataUserRef follower(UserId user) {
        return user == null ? null : UdataUserRef.of(user.value());
    }
}
