package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link GetSubjectUseCase}. */
public record GetSubject(Actor actor, SubjectRef subject) {
    public GetSubject {
        Require.present(actor, "actor");
        Require.present(subject, "subject");
    }
}
