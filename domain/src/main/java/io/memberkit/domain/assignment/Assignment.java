package io.memberkit.domain.assignment;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import java.time.Instant;

/** A partial editor's right to edit one object of their organization. */
public record Assignment(OrganizationId organization, UserId user, SubjectRef subject, Instant created) {
    public Assignment {
        Require.present(organization, "organization");
        Require.present(user, "user");
        Require.present(subject, "subject");
        Require.present(created, "created");
    }
}
