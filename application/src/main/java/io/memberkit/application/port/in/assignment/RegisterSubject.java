package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;

/** The input of {@link RegisterSubjectUseCase}. */
public record RegisterSubject(Actor actor, Subject subject) {
    public RegisterSubject {
        Require.present(actor, "actor");
        Require.present(subject, "subject");
    }
}
