package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.Assignment;
import java.util.List;

/** An admin replaces a partial editor's assignments with a set of objects and gets the new set. */
public interface SyncAssignmentsUseCase {
    List<Assignment> sync(SyncAssignments command);
}
