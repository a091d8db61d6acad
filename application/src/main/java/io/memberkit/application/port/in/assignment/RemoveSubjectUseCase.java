package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.SubjectRef;

/** An object is deleted or leaves its organization: its assignments go with it. */
public interface RemoveSubjectUseCase {
    SubjectRef remove(RemoveSubject command);
}
