package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataAssignment;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.common.OrganizationId;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
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

    /**
     * An assignment as uData serves it, its member and organization as {@code references} has them. memberkit
     * identifies an assignment by its parts, so its {@code id} is them: {@code org:user:Dataset:id}.
     */
    @Mapping(target = "id", source = "assignment", qualifiedByName = "assignmentId")
    @Mapping(target = "createdAt", source = "created")
    UdataAssignment toWire(Assignment assignment, @Context UdataReferences references);

    @Named("assignmentId")
    default String id(Assignment assignment) {
        return assignment.organization().value() + ":" + assignment.user().value() + ":"
                + UdataText.subject(assignment.subject());
    }
}
