package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataFollow;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Follows, both ways; the followed target is the one in the path. */
@Mapper(config = UdataMapping.class)
public interface UdataFollowMapper {
    UdataFollowMapper INSTANCE = Mappers.getMapper(UdataFollowMapper.class);

    @Mapping(target = "follower", source = "follow.follower.id")
    @Mapping(target = "target", source = "target")
    @Mapping(target = "since", source = "follow.since")
    Follow toDomain(UdataFollow follow, FollowTarget target);

    /**
     * A follow as uData serves it, its follower as {@code references} has them. memberkit identifies a follow by its
     * parts, so its {@code id} is them: {@code follower:target}.
     */
    @Mapping(target = "id", source = "follow", qualifiedByName = "followId")
    UdataFollow toWire(Follow follow, @Context UdataReferences references);

    @Named("followId")
    default String id(Follow follow) {
        return follow.follower().value() + ":" + follow.target().id();
    }
}
