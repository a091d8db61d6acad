package io.memberkit.application.port.in.assignment;

import io.memberkit.domain.assignment.Subject;

/** Declares an object (dataset, reuse, dataservice) of an organization; a partial editor who creates one is assigned it. */
public interface RegisterSubjectUseCase {
    Subject register(RegisterSubject command);
}
