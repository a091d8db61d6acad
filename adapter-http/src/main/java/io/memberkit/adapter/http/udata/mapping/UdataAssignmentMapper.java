package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataAssignment;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Partial editors' assignments, both ways; the organization is the one in the path. */
@Mapper(config = UdataMapping.class)
public interface UdataAssignmentMapper {
    UdataAssignmentMapper INSTANCE = Mappers.getMapper(UdataAssignmentMapper.class);

    @Mapping(target = "organization", source = "organization")
    @Mapping(target = "user", source = "assignment.user.id")
    @Mapping(target = "subject", source = "assignment.subject")
    @Mapping(target = "created", source = "assignment.createdAt")
    Assignment toDomain(UdataAssignment assignment, OrganizationId organization);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", source = "created")
    UdataAssignment toWire(Assignment assignment);

    default UdataUserRef user(UserId user) {
        return user == null ? null : UdataUserRef.of(user.value());
    }

    default UdataOrganizationRef organization(OrganizationId organization) {
        return organization == null ? null : UdataOrganizationRef.of(organization.value());
    }
}
