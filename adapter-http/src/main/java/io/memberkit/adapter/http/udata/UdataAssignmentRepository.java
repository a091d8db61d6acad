package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.mapping.UdataAssignmentMapper;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataAssignment;
import io.memberkit.application.port.out.AssignmentRepository;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.micronaut.core.type.Argument;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Partial editors' assignments over {@code GET /organizations/{org}/assignments/} (a plain list: paged here, by
 * user then subject) and {@code PUT /organizations/{org}/member/{user}/assignments/}, which replaces a member's set
 * and answers with it. The dates are uData's; {@code at} is not sent.
 */
public final class UdataAssignmentRepository implements AssignmentRepository {
    private static final UdataAssignmentMapper MAPPER = UdataAssignmentMapper.INSTANCE;
    private static final Argument<List<UdataAssignment>> ASSIGNMENTS = Argument.listOf(UdataAssignment.class);
    private static final Comparator<Assignment> ORDER = Comparator.comparing((Assignment a) -> a.user().value())
            .thenComparing(a -> a.subject().kind()).thenComparing(a -> a.subject().id());
    private final UdataClient client;

    UdataAssignmentRepository(UdataClient client) {
        this.client = client;
    }

    private List<Assignment> all(OrganizationId organization) {
        return client.read(RemoteCall.get("/organizations/{}/assignments/", organization.value()), ASSIGNMENTS,
                list -> list.stream().filter(Objects::nonNull).map(a -> MAPPER.toDomain(a, organization))
                        .sorted(ORDER).toList());
    }

    @Override
    public Page<Assignment> list(OrganizationId organization, PageRequest page) {
        var all = all(organization);
        long from = Math.min(page.offset(), all.size());
        return Page.of(all.subList((int) from, (int) Math.min(from + page.pageSize(), all.size())), page, all.size());
    }

    @Override
    public List<Assignment> of(OrganizationId organization, UserId user) {
        return all(organization).stream().filter(a -> a.user().equals(user)).toList();
    }

    @Override
    public List<Assignment> replace(OrganizationId organization, UserId user, Set<SubjectRef> subjects, Instant at) {
        var call = RemoteCall.put("/organizations/{}/member/{}/assignments/", organization.value(), user.value())
                .body(UdataValues.subjects(subjects)).field("assignments");
        return client.read(call, ASSIGNMENTS, list -> list.stream().filter(Objects::nonNull)
                .map(a -> MAPPER.toDomain(a, organization)).sorted(ORDER).toList());
    }
}
