package io.memberkit.domain.assignment;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** An object of the platform and the organization that owns it: what assignments may point at. */
public record Subject(SubjectRef ref, OrganizationId owner) {
    public Subject {
        Require.present(ref, "subject");
        Require.present(owner, "organization");
    }
}
