package io.memberkit.adapter.http.isogeo.mapping;

import io.memberkit.adapter.http.isogeo.wire.IsogeoMembership;
import io.memberkit.domain.membership.Member;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** One of the owner's memberships as memberkit's {@link Member}: workgroup, account, role, and a start date. */
@Mapper(config = IsogeoMapping.class)
public interface IsogeoMemberMapper {
    IsogeoMemberMapper INSTANCE = Mappers.getMapper(IsogeoMemberMapper.class);

    @Mapping(target = "organization", source = "group.id")
    @Mapping(target = "user", source = "user.id")
    @Mapping(target = "role", source = "role")
    @Mapping(target = "since", source = ".", qualifiedByName = "since")
    @Mapping(target = "withRole", ignore = true) // a method of the record MapStruct takes for a fluent setter
    Member toDomain(IsogeoMembership membership);
}
