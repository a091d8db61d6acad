package io.memberkit.application.contract;

import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every outbound port's contract suite. An adapter's test extends a suite and says how to get a full
 * set of its ports over an empty store; the suite then holds the adapter to the same behaviour as every other.
 * Givens are written through the ports themselves, inside a unit of work.
 * <p>
 * A test an adapter cannot hold as written (the uData adapter over HTTP, where a remote decides ids, slugs and
 * rules itself, or reports an operation as not supported) is {@code protected}, and that adapter's suite overrides
 * that one test to assert what it does instead, saying why. Every other adapter runs it as written.
 */
public abstract class PortContract {
    /** The ports under test, over an empty store, fresh for each test. */
    protected OutboundPorts out;

    /** A full set of ports over an empty store; called once before each test. */
    protected abstract OutboundPorts ports();

    @BeforeEach
    void openEmptyStore() {
        out = ports();
    }

    protected <T> T write(Supplier<T> work) {
        return out.unitOfWork().write(work);
    }

    protected void run(Runnable work) {
        out.unitOfWork().write(() -> {
            work.run();
            return null;
        });
    }

    protected Instant t(int minutes) {
        return TestClock.START.plus(Duration.ofMinutes(minutes));
    }

    protected User user(TestUsers.Builder builder) {
        var user = builder.build();
        run(() -> out.users().add(user));
        return user;
    }

    protected User aUser() {
        return user(TestUsers.aUser());
    }

    protected Organization organization(TestOrganizations.Builder builder, User admin) {
        var organization = builder.build();
        run(() -> out.organizations().create(organization,
                Memberships.founder(organization.id(), admin.id(), organization.created()).state()));
        return organization;
    }

    protected Organization organizationOf(User admin) {
        return organization(TestOrganizations.anOrganization(), admin);
    }

    protected MembershipRequestId newRequestId() {
        return new MembershipRequestId(UUID.randomUUID().toString());
    }

    protected MembershipRequest invitation(Organization organization, User inviter, Invitee invitee, MemberRole role,
                                           Set<SubjectRef> assignments, Instant at) {
        return new MembershipRequest(newRequestId(), organization.id(), RequestKind.INVITATION, RequestStatus.PENDING,
                invitee, role, "welcome", assignments, at, inviter.id(), null, null, null, at.plus(Duration.ofDays(7)));
    }

    protected MembershipRequest invitationByEmail(Organization organization, User inviter, String email, Instant at) {
        return invitation(organization, inviter, new Invitee.ByEmail(new EmailAddress(email)), MemberRole.EDITOR,
                Set.of(), at);
    }

    protected MembershipRequest membershipRequest(Organization organization, User applicant, Instant at) {
        return new MembershipRequest(newRequestId(), organization.id(), RequestKind.REQUEST, RequestStatus.PENDING,
                new Invitee.Known(applicant.id()), MemberRole.EDITOR, "let me in", Set.of(), at, applicant.id(), null,
                null, null, null);
    }

    /** Makes {@code user} a member through an accepted invitation, as the use cases do. */
    protected Member member(Organization organization, User user, MemberRole role, Instant since,
                            SubjectRef... assignments) {
        var invitation = invitation(organization, user, new Invitee.Known(user.id()), role, Set.of(assignments), since);
        var member = new Member(organization.id(), user.id(), role, since);
        var applied = List.of(assignments).stream()
                .map(ref -> new Assignment(organization.id(), user.id(), ref, since)).toList();
        run(() -> {
            out.requests().invite(invitation);
            out.requests().acceptInvitation(new Acceptance(accepted(invitation, user, since), member, applied));
        });
        return member;
    }

    protected MembershipRequest refused(MembershipRequest request, io.memberkit.domain.user.User by) {
        return handled(request, RequestStatus.REFUSED, by, request.isInvitation() ? null : "not now");
    }

    protected MembershipRequest canceled(MembershipRequest request, io.memberkit.domain.user.User by) {
        return handled(request, RequestStatus.CANCELED, by, null);
    }

    protected MembershipRequest handled(MembershipRequest r, RequestStatus status, io.memberkit.domain.user.User by,
                                      String refusal) {
        return new MembershipRequest(r.id(), r.organization(), r.kind(), status, r.invitee(), r.role(), r.comment(),
                r.assignments(), r.created(), r.createdBy(), by.id(), t(30), refusal, r.expiresAt());
    }

    protected MembershipRequest accepted(MembershipRequest request, User by, Instant at) {
        return new MembershipRequest(request.id(), request.organization(), request.kind(), RequestStatus.ACCEPTED,
                request.invitee(), request.role(), request.comment(), request.assignments(), request.created(),
                request.createdBy(), by.id(), at, null, request.expiresAt());
    }

    protected SubjectRef subject(Organization organization, String id) {
        var ref = SubjectRef.dataset(id);
        run(() -> out.subjects().register(new Subject(ref, organization.id()), Optional.empty()));
        return ref;
    }
}
