package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.AssignmentRepository;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Assignments on a provider without partial editors (Isogeo's API, AWX): every call is {@code NotSupported}. */
public final class UnsupportedAssignments implements AssignmentRepository {
    private final String provider;

    public UnsupportedAssignments(String provider) {
        this.provider = provider;
    }

    private BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, provider);
    }

    @Override
    public Page<Assignment> list(OrganizationId organization, PageRequest page) {
        throw no("listing assignments");
    }

    @Override
    public List<Assignment> of(OrganizationId organization, UserId user) {
        throw no("reading a member's assignments");
    }

    @Override
    public List<Assignment> replace(OrganizationId organization, UserId user, Set<SubjectRef> subjects, Instant at) {
        throw no("assigning objects to a partial editor");
    }
}
