package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.SubjectRepository;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import java.util.Optional;

/**
 * Assignable objects (datasets, reuses, dataservices) on a provider that has none memberkit can name (Isogeo's
 * metadata and AWX's job templates are not uData's subjects): every call is {@code NotSupported}.
 */
public final class UnsupportedSubjects implements SubjectRepository {
    private final String provider;

    public UnsupportedSubjects(String provider) {
        this.provider = provider;
    }

    private BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, provider);
    }

    @Override
    public Optional<Subject> find(SubjectRef ref) {
        throw no("reading an assignable object");
    }

    @Override
    public void register(Subject subject, Optional<Assignment> creatorAssignment) {
        throw no("declaring an assignable object");
    }

    @Override
    public void remove(SubjectRef ref) {
        throw no("removing an assignable object");
    }
}
