package io.memberkit.adapter.persistence.assignment;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
public interface AssignmentRowMapper {
    @Mapping(target = "organization", source = "id.organizationId")
    @Mapping(target = "user", source = "id.userId")
    @Mapping(target = "subject", source = "id")
    Assignment toDomain(AssignmentRow row);

    @Mapping(target = "id", source = ".")
    AssignmentRow toRow(Assignment assignment);

    @Mapping(target = "organizationId", source = "organization")
    @Mapping(target = "userId", source = "user")
    @Mapping(target = "subjectClass", source = "subject.kind")
    @Mapping(target = "subjectId", source = "subject.id")
    AssignmentKey key(Assignment assignment);

    @Mapping(target = "kind", source = "subjectClass")
    @Mapping(target = "id", source = "subjectId")
    SubjectRef subject(AssignmentKey key);

    @Mapping(target = "ref", source = "id")
    @Mapping(target = "owner", source = "ownerId")
    Subject toDomain(SubjectRow row);

    @Mapping(target = "id", source = "ref")
    @Mapping(target = "ownerId", source = "owner")
    SubjectRow toRow(Subject subject);

    @Mapping(target = "kind", source = "subjectClass")
    @Mapping(target = "id", source = "subjectId")
    SubjectRef subject(SubjectKey key);

    @Mapping(target = "subjectClass", source = "kind")
    @Mapping(target = "subjectId", source = "id")
    SubjectKey key(SubjectRef ref);
}
