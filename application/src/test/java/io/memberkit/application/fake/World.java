package io.memberkit.application.fake;

import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.ApiKeyService;
import io.memberkit.application.service.AssignmentService;
import io.memberkit.application.service.AuditService;
import io.memberkit.application.service.FollowService;
import io.memberkit.application.service.JoinPolicyService;
import io.memberkit.application.service.MeService;
import io.memberkit.application.service.MemberService;
import io.memberkit.application.service.MembershipPlanService;
import io.memberkit.application.service.MembershipRequestService;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.application.service.OrganizationService;
import io.memberkit.application.service.PermissionService;
import io.memberkit.application.service.UserService;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.util.Optional;
import java.util.Set;

/**
 * Every use case wired over the in-memory fakes, with a clock tests move by hand. Givens are written through the
 * ports (or, for members, through invite-then-accept, so they obey the rules); what is tested goes through the
 * inbound ports.
 */
public final class World {
    public final TestClock clock = new TestClock();
    public final InMemoryStore store = new InMemoryStore(clock);
    public final OutboundPorts ports = store.ports();
    public final UserService users = new UserService(ports);
    public final MeService me = new MeService(ports);
    public final OrganizationService organizations = new OrganizationService(ports);
    public final MemberService members;
    public final MembershipRequestService requests;
    public final MembershipPlanService plans;
    public final JoinPolicyService joining = new JoinPolicyService(ports);
    public final AssignmentService assignments = new AssignmentService(ports);
    public final PermissionService permissions = new PermissionService(ports);
    public final FollowService follows = new FollowService(ports);
    public final AuditService audit = new AuditService(ports);
    public final ApiKeyService apiKeys = new ApiKeyService(ports);

    public World() {
        this(MembershipSettings.DEFAULTS);
    }

    /** A world whose platform configured its own membership settings, such as the invitation delay. */
    public World(MembershipSettings settings) {
        this.members = new MemberService(ports, settings);
        this.requests = new MembershipRequestService(ports, settings);
        this.plans = new MembershipPlanService(ports, settings);
    }

    /** A stored user built from the builder. */
    public User user(TestUsers.Builder builder) {
        var user = builder.build();
        ports.unitOfWork().write(() -> {
            ports.users().add(user);
            return user;
        });
        return user;
    }

    public User aUser() {
        return user(TestUsers.aUser());
    }

    public User aSiteAdmin() {
        return user(TestUsers.aSiteAdmin());
    }

    /** A stored organization whose only admin is {@code admin}. */
    public Organization organizationOf(User admin) {
        return organizationOf(admin, TestOrganizations.anOrganization());
    }

    public Organization organizationOf(User admin, TestOrganizations.Builder builder) {
        var organization = builder.build();
        ports.unitOfWork().write(() -> {
            ports.organizations().create(organization,
                    Memberships.founder(organization.id(), admin.id(), clock.instant()).state());
            return organization;
        });
        return ports.organizations().find(organization.id()).orElseThrow();
    }

    /** Makes {@code user} a member with {@code role}, through an invitation that they accept. */
    public Member member(Organization organization, User admin, User user, MemberRole role) {
        return member(organization, admin, user, role, Set.of());
    }

    public Member member(Organization organization, User admin, User user, MemberRole role, Set<SubjectRef> assignments) {
        var invitation = members.invite(new InviteMember(Actor.user(admin.id()), organization.id(),
                new Invitee.Known(user.id()), role, assignments, null));
        return requests.accept(new AcceptInvitation(Actor.user(user.id()), invitation.id()));
    }

    /** A pending invitation of {@code user} as {@code role}, sent by {@code admin}. */
    public MembershipRequest invitation(Organization organization, User admin, User user, MemberRole role) {
        return members.invite(new InviteMember(Actor.user(admin.id()), organization.id(), new Invitee.Known(user.id()),
                role, Set.of(), null));
    }

    /** A pending membership request of {@code applicant}. */
    public MembershipRequest membershipRequest(Organization organization, User applicant) {
        return requests.request(new RequestMembership(Actor.user(applicant.id()), organization.id(), "Let me in"))
                .request();
    }

    /** Declares an object of the organization, as the embedding platform would. */
    public SubjectRef subjectOf(Organization organization, String id) {
        var ref = SubjectRef.dataset(id);
        ports.unitOfWork().write(() -> {
            ports.subjects().register(new Subject(ref, organization.id()), Optional.empty());
            return ref;
        });
        return ref;
    }

    public static Actor as(User user) {
        return Actor.user(user.id());
    }
}
