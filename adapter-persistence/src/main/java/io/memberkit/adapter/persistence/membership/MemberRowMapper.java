package io.memberkit.adapter.persistence.membership;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.domain.membership.Member;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
public interface MemberRowMapper {
    @Mapping(target = "organization", source = "id.organizationId")
    @Mapping(target = "user", source = "id.userId")
    // MapStruct takes withRole(MemberRole) for a fluent setter; the constructor already sets everything
    @Mapping(target = "withRole", ignore = true)
    Member toDomain(MemberRow row);

    @Mapping(target = "id", source = ".")
    MemberRow toRow(Member member);

    @Mapping(target = "organizationId", source = "organization")
    @Mapping(target = "userId", source = "user")
    MemberKey key(Member member);
}
