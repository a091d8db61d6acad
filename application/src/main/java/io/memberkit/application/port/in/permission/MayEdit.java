package io.memberkit.application.port.in.permission;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** The input of {@link MayEditUseCase}. */
public record MayEdit(Actor actor, OrganizationId organization, SubjectRef subject) {
    public MayEdit {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(subject, "subject");
    }
}
