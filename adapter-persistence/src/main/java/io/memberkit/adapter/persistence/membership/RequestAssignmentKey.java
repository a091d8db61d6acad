package io.memberkit.adapter.persistence.membership;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

@Embeddable
public record RequestAssignmentKey(@MappedProperty("request_id") String requestId,
                                   @MappedProperty("subject_class") String subjectClass,
                                   @MappedProperty("subject_id") String subjectId) {
}
