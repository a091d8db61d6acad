package io.memberkit.application.port.out;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import java.util.Optional;

/**
 * The platform's objects (datasets, reuses, dataservices) as far as memberkit needs them: which organization
 * owns each. Offline, the embedding platform declares them; online, the remote knows them.
 */
public interface SubjectRepository {
    Optional<Subject> find(SubjectRef ref);

    /** Declares an object of an organization; with {@code creatorAssignment}, a partial editor who created it is assigned it. */
    void register(Subject subject, Optional<Assignment> creatorAssignment);

    /** The object is gone or moved out of its organization: its assignments go with it. */
    void remove(SubjectRef ref);
}
