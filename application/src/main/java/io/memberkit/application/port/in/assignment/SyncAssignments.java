package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import java.util.Set;

/** The input of {@link SyncAssignmentsUseCase}. */
public record SyncAssignments(Actor actor, OrganizationId organization, UserId user, Set<SubjectRef> subjects) {
    public SyncAssignments {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(user, "user");
        subjects = Set.copyOf(Require.present(subjects, "assignments"));
    }
}
