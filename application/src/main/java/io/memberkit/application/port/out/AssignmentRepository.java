package io.memberkit.application.port.out;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Partial editors' assignments: which objects of their organization each may edit. */
public interface AssignmentRepository {
    /** Assignments of an organization, by user then subject. */
    Page<Assignment> list(OrganizationId organization, PageRequest page);

    /** One member's assignments. */
    List<Assignment> of(OrganizationId organization, UserId user);

    /** Replaces a member's assignments with {@code subjects} (PUT .../member/{user}/assignments/) and returns them. */
    List<Assignment> replace(OrganizationId organization, UserId user, Set<SubjectRef> subjects, Instant at);
}
