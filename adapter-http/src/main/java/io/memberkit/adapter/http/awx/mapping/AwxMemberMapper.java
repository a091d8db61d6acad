package io.memberkit.adapter.http.awx.mapping;

import io.memberkit.adapter.http.awx.wire.AwxOrganization;
import io.memberkit.adapter.http.awx.wire.AwxUser;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * A membership as memberkit's {@link Member}. AWX has no membership object: a member is a user found in an
 * organization's {@code admins/} or {@code users/}, so the mapping takes the user, the organization and the role
 * that list gives.
 */
@Mapper(config = AwxMapping.class)
public interface AwxMemberMapper {
    AwxMemberMapper INSTANCE = Mappers.getMapper(AwxMemberMapper.class);

    @Mapping(target = "organization", source = "organization.id")
    @Mapping(target = "user", source = "user.id")
    @Mapping(target = "role", source = "role")
    @Mapping(target = "since", expression = "java(AwxValues.since(user, organization))")
    @Mapping(target = "withRole", ignore = true) // a method of the record MapStruct takes for a fluent setter
    Member toDomain(AwxUser user, AwxOrganization organization, MemberRole role);

    default MemberDetails toDetails(AwxUser user, AwxOrganization organization, MemberRole role) {
        return new MemberDetails(toDomain(user, organization, role), AwxUserMapper.INSTANCE.toDomain(user));
    }
}
