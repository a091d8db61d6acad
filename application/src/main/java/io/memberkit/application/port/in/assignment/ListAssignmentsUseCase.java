package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.common.Page;

/** The assignments of an organization's partial editors (GET /organizations/{org}/assignments/). */
public interface ListAssignmentsUseCase {
    Page<Assignment> list(ListAssignments query);
}
