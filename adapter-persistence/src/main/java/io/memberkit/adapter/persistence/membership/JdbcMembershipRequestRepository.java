package io.memberkit.adapter.persistence.membership;

import io.memberkit.adapter.persistence.assignment.AssignmentRowMapper;
import io.memberkit.adapter.persistence.assignment.AssignmentRows;
import io.memberkit.adapter.persistence.common.PagedSql;
import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.adapter.persistence.organization.OrganizationRows;
import io.memberkit.application.port.out.InvitationCount;
import io.memberkit.application.port.out.MembershipRequestRepository;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Membership requests and invitations in {@code membership_requests} and {@code request_assignments}. Handling
 * one is a conditional update ({@code WHERE status = 'pending'}), so a request is handled at most once even by
 * callers that skipped the organization lock; the loser gets a {@link Conflict}.
 */
@Singleton
@TranslatesSqlFailures
public class JdbcMembershipRequestRepository implements MembershipRequestRepository {
    private final MembershipRequestRows rows;
    private final RequestAssignmentRows requestAssignments;
    private final MemberRows members;
    private final AssignmentRows assignments;
    private final OrganizationRows organizations;
    private final MembershipRequestRowMapper mapper;
    private final MemberRowMapper memberMapper;
    private final AssignmentRowMapper assignmentMapper;
    private final PagedSql pagedSql;

    public JdbcMembershipRequestRepository(MembershipRequestRows rows, RequestAssignmentRows requestAssignments,
                                           MemberRows members, AssignmentRows assignments,
                                           OrganizationRows organizations, MembershipRequestRowMapper mapper,
                                           MemberRowMapper memberMapper, AssignmentRowMapper assignmentMapper,
                                           PagedSql pagedSql) {
        this.rows = rows;
        this.requestAssignments = requestAssignments;
        this.members = members;
        this.assignments = assignments;
        this.organizations = organizations;
        this.mapper = mapper;
        this.memberMapper = memberMapper;
        this.assignmentMapper = assignmentMapper;
        this.pagedSql = pagedSql;
    }

    @Override
    public Optional<MembershipRequest> find(MembershipRequestId id) {
        return rows.findById(id.value()).map(this::withAssignments);
    }

    @Override
    public Optional<MembershipRequest> findPending(OrganizationId organization, Invitee invitee) {
        var found = invitee instanceof Invitee.Known known
                ? rows.findPendingOfUser(organization.value(), known.user().value())
                : rows.findPendingOfEmail(organization.value(), ((Invitee.ByEmail) invitee).email().value());
        return found.map(this::withAssignments);
    }

    /**
     * Expiry is computed here in SQL, against the {@code now} the caller's clock gave, with the domain's definition
     * ({@code MembershipRequest.isExpired}): a pending invitation whose expiry is not after now. So the filter and
     * the paging agree, and nothing rewrites rows as time passes.
     */
    @Override
    public Page<MembershipRequest> list(OrganizationId organization, Optional<UserId> user,
                                        Optional<RequestStatus> status, PageRequest page, Instant now) {
        var where = new StringBuilder("organization_id = ?");
        var parameters = new ArrayList<Object>(List.of(organization.value()));
        // an OffsetDateTime binds on both drivers (PostgreSQL's refuses an Instant)
        var at = now.atOffset(ZoneOffset.UTC);
        user.ifPresent(u -> {
            where.append(" AND user_id = ?");
            parameters.add(u.value());
        });
        status.ifPresent(s -> {
            switch (s) {
                case EXPIRED -> {
                    where.append(" AND status = 'pending' AND kind = 'invitation' AND expires_at <= ?");
                    parameters.add(at);
                }
                case PENDING -> {
                    where.append(" AND status = 'pending'"
                            + " AND (kind = 'request' OR expires_at IS NULL OR expires_at > ?)");
                    parameters.add(at);
                }
                default -> {
                    where.append(" AND status = ?");
                    parameters.add(Values.code(s));
                }
            }
        });
        var found = pagedSql.page(MembershipRequestRow.class, "membership_requests", where.toString(), parameters,
                "created DESC, id ASC", page);
        var subjects = assignmentsOf(found.items());
        return found.map(row -> mapper.toDomain(row, subjects.getOrDefault(row.id(), Set.of())));
    }

    @Override
    public List<MembershipRequest> pendingInvitationsFor(UserId user, Optional<EmailAddress> email) {
        var found = rows.pendingInvitationsFor(user.value(), email.map(EmailAddress::value).orElse(null));
        var subjects = assignmentsOf(found);
        return found.stream().map(row -> mapper.toDomain(row, subjects.getOrDefault(row.id(), Set.of()))).toList();
    }

    @Override
    public MembershipRequest invite(MembershipRequest invitation) {
        return insert(invitation);
    }

    @Override
    public MembershipRequest request(MembershipRequest request) {
        return insert(request);
    }

    @Override
    public void updateComment(MembershipRequestId id, String comment) {
        rows.updateComment(id.value(), comment);
    }

    @Override
    public void acceptInvitation(Acceptance acceptance) {
        accept(acceptance);
    }

    @Override
    public void refuseInvitation(MembershipRequest refused) {
        handle(refused);
    }

    @Override
    public void acceptRequest(Acceptance acceptance) {
        accept(acceptance);
    }

    @Override
    public void refuseRequest(MembershipRequest refused) {
        handle(refused);
    }

    @Override
    public void cancelInvitation(MembershipRequest canceled) {
        handle(canceled);
    }

    @Override
    public InvitationCount invitationsAfter(OrganizationId organization, Instant after) {
        var row = rows.invitationsAfter(organization.value(), after);
        return new InvitationCount(row.invitations(), Optional.ofNullable(row.oldest()));
    }

    @Override
    public void resendInvitation(MembershipRequest renewed) {
        if (rows.renew(renewed.id().value(), renewed.expiresAt()) == 0) {
            throw new Conflict("The invitation was handled already");
        }
    }

    @Override
    public void bindInvitation(MembershipRequest bound) {
        var user = bound.user().orElseThrow(() -> new IllegalArgumentException("a bound invitation names its user"));
        if (rows.bind(bound.id().value(), user.value()) == 0) {
            throw new Conflict("The invitation was handled already");
        }
    }

    private MembershipRequest insert(MembershipRequest request) {
        rows.save(mapper.toRow(request));
        requestAssignments.saveAll(request.assignments().stream().map(s -> mapper.toRow(request, s)).toList());
        return request;
    }

    /** The request, the member and their assignments; a second member row for the user is refused by the key. */
    private void accept(Acceptance acceptance) {
        handle(acceptance.request());
        var member = acceptance.member();
        members.save(memberMapper.toRow(member));
        organizations.addMembers(member.organization().value(), 1);
        assignments.saveAll(acceptance.assignments().stream().map(assignmentMapper::toRow).toList());
    }

    private void handle(MembershipRequest handled) {
        var row = mapper.toRow(handled);
        long changed = rows.handle(row.id(), row.status(), row.handledBy(), row.handledOn(), row.refusalComment(),
                row.userId(), row.email());
        if (changed == 0) {
            throw new Conflict("The request was handled already");
        }
    }

    private MembershipRequest withAssignments(MembershipRequestRow row) {
        return mapper.toDomain(row, assignmentsOf(List.of(row)).getOrDefault(row.id(), Set.of()));
    }

    /** The assignments of a page of requests, in one statement. */
    private Map<String, Set<SubjectRef>> assignmentsOf(List<MembershipRequestRow> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        return requestAssignments.of(found.stream().map(MembershipRequestRow::id).toList()).stream()
                .collect(Collectors.groupingBy(row -> row.id().requestId(),
                        Collectors.mapping(mapper::subject, Collectors.toCollection(HashSet::new))));
    }
}
