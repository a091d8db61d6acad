package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.Subject;

/** An object (dataset, reuse, dataservice) and the organization that owns it, as uData's GET /datasets/{id}/ tells. */
public interface GetSubjectUseCase {
    Subject get(GetSubject query);
}
