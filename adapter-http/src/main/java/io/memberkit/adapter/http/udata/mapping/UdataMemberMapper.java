package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataMember;
import io.memberkit.adapter.http.udata.wire.UdataMemberRole;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Members, from and to an organization payload's {@code members[]}. */
@Mapper(config = UdataMapping.class)
public interface UdataMemberMapper {
    UdataMemberMapper INSTANCE = Mappers.getMapper(UdataMemberMapper.class);

    @Mapping(target = "organization", source = "organization")
    @Mapping(target = "user", source = "member.user.id")
    @Mapping(target = "role", source = "member.role")
    @Mapping(target = "since", source = "member.since")
    @Mapping(target = "withRole", ignore = true) // a method of the record MapStruct takes for a fluent setter
    Member toDomain(UdataMember member, OrganizationId organization);

    /** The member with their account as the payload describes it (see {@link UdataUserMapper#fromReference}). */
    default MemberDetails toDetails(UdataMember member, OrganizationId organization) {
        var domain = toDomain(member, organization);
        return new MemberDetails(domain, UdataUserMapper.INSTANCE.fromReference(member.user(), domain.since()));
    }

    @Mapping(target = "role", source = "member.role")
    @Mapping(target = "since", source = "member.since")
    @Mapping(target = "user", source = "user")
    @Mapping(target = "label", source = "member.role", qualifiedByName = "memberRoleLabel")
    UdataMember toWire(MemberDetails details);

    /** A member whose account is shown as {@code user} (a whole reference, or one by id when it cannot be shown). */
    @Mapping(target = "role", source = "member.role")
    @Mapping(target = "since", source = "member.since")
    @Mapping(target = "user", source = "user")
    @Mapping(target = "label", source = "member.role", qualifiedByName = "memberRoleLabel")
    UdataMember toWire(Member member, UdataUserRef user);

    default UdataUserRef reference(User user) {
        return UdataUserMapper.INSTANCE.toReference(user);
    }

    /** An item of GET /organizations/roles/. */
    default UdataMemberRole toWire(MemberRole role) {
        return role == null ? null
                : new UdataMemberRole(UdataValues.memberRole(role), UdataValues.memberRoleLabel(role));
    }
}
