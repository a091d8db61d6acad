package io.memberkit.adapter.persistence.assignment;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

@Embeddable
public record AssignmentKey(@MappedProperty("organization_id") String organizationId,
                            @MappedProperty("user_id") String userId,
                            @MappedProperty("subject_class") String subjectClass,
                            @MappedProperty("subject_id") String subjectId) {
}
