package io.memberkit.adapter.persistence.assignment;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

@Embeddable
public record SubjectKey(@MappedProperty("subject_class") String subjectClass,
                         @MappedProperty("subject_id") String subjectId) {
}
