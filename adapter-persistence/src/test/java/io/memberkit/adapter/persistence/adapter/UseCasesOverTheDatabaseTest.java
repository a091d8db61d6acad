package io.memberkit.adapter.persistence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.member.ApplyMembershipPlan;
import io.memberkit.application.port.in.member.BulkInvite;
import io.memberkit.application.port.in.member.CountMembers;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.PlanMembership;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.ResendInvitation;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.MemberService;
import io.memberkit.application.service.MembershipPlanService;
import io.memberkit.application.service.MembershipRequestService;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.DesiredMember;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.membership.PlanStep;
import io.memberkit.domain.membership.RemovalPolicy;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The new use cases over the database adapters, where SQL does what the in-memory fake does in Java: expiry
 * computed against the clock, invitations counted, a 1,000-line membership plan applied in one transaction.
 */
public abstract class UseCasesOverTheDatabaseTest {
    private static final MembershipSettings SETTINGS =
            MembershipSettings.DEFAULTS.withRateLimit(5_000, Duration.ofHours(24));

    private final TestClock clock = new TestClock(TestClock.START.plus(Duration.ofDays(365)));
    private OutboundPorts ports;
    private MemberService members;
    private MembershipRequestService requests;
    private MembershipPlanService plans;
    private User admin;
    private Organization organization;

    protected abstract TestDatabase database();

    @BeforeEach
    void anOrganizationWithItsAdmin() {
        var db = database().emptyPorts();
        ports = new OutboundPorts(db.users(), db.organizations(), db.members(), db.requests(), db.assignments(),
                db.subjects(), db.follows(), db.apiKeys(), db.events(), db.ids(), db.unitOfWork(), clock);
        members = new MemberService(ports, SETTINGS);
        requests = new MembershipRequestService(ports, SETTINGS);
        plans = new MembershipPlanService(ports, SETTINGS);
        admin = user(TestUsers.aUser());
        organization = TestOrganizations.anOrganization().created(clock.instant()).build();
        ports.unitOfWork().write(() -> ports.organizations().create(organization,
                Memberships.founder(organization.id(), admin.id(), clock.instant()).state()));
    }

    private User user(TestUsers.Builder builder) {
        var user = builder.since(clock.instant()).build();
        return ports.unitOfWork().write(() -> ports.users().add(user));
    }

    private static Actor as(User user) {
        return Actor.user(user.id());
    }

    private void member(User user, MemberRole role, Set<SubjectRef> assignments) {
        var invitation = members.invite(new InviteMember(as(admin), organization.id(), new Invitee.Known(user.id()),
                role, assignments, null));
        requests.accept(new AcceptInvitation(as(user), invitation.id()));
    }

    private List<MembershipRequest> listed(RequestStatus status) {
        return requests.list(new ListMembershipRequests(as(admin), organization.id(), Optional.empty(),
                Optional.of(status), PageRequest.first(100))).items();
    }

    @Test
    void an_invitation_is_listed_expired_once_the_clock_passes_its_expiry_and_pending_again_once_resent() {
        var invitation = members.invite(new InviteMember(as(admin), organization.id(),
                new Invitee.ByEmail(new EmailAddress("late@example.org")), MemberRole.EDITOR, Set.of(), null,
                Optional.of(Duration.ofDays(2))));

        clock.advance(Duration.ofDays(2));

        assertThat(listed(RequestStatus.EXPIRED)).extracting(MembershipRequest::id, MembershipRequest::status)
                .containsExactly(tuple(invitation.id(), RequestStatus.EXPIRED));
        assertThat(listed(RequestStatus.PENDING)).isEmpty();

        requests.resend(new ResendInvitation(as(admin), organization.id(), invitation.id()));

        assertThat(listed(RequestStatus.PENDING)).extracting(MembershipRequest::id).containsExactly(invitation.id());
        assertThat(listed(RequestStatus.EXPIRED)).isEmpty();
    }

    @Test
    void a_bulk_invitation_past_the_rate_limit_writes_nothing() {
        var limited = new MemberService(ports, SETTINGS.withRateLimit(2, Duration.ofHours(24)));
        var invitees = new ArrayList<Invitee>();
        for (int i = 0; i < 3; i++) {
            invitees.add(new Invitee.Known(user(TestUsers.aUser()).id()));
        }

        var refused = catchThrowableOfType(RuleBroken.class, () -> limited.invite(new BulkInvite(as(admin),
                organization.id(), invitees, MemberRole.EDITOR, Set.of(), null, Optional.empty())));

        assertThat(refused.lines()).extracting(LineRefusal::line, LineRefusal::rule)
                .containsExactly(tuple(3, Optional.of(Rule.INVITATION_RATE_LIMIT)));
        assertThat(ports.requests().invitationsAfter(organization.id(), clock.instant().minus(Duration.ofDays(1)))
                .count()).isZero();
    }

    @Test
    void a_thousand_line_plan_is_applied_in_one_transaction_and_planned_again_to_nothing() {
        var ds = SubjectRef.dataset("ds-1");
        ports.unitOfWork().write(() -> {
            ports.subjects().register(new Subject(ds, organization.id()), Optional.empty());
            return ds;
        });
        var lines = new ArrayList<DesiredMember>();
        lines.add(new DesiredMember(1, new Invitee.Known(admin.id()), MemberRole.ADMIN, Set.of()));
        for (int i = 0; i < 50; i++) {
            var editor = user(TestUsers.aUser());
            member(editor, MemberRole.EDITOR, Set.of());
            lines.add(new DesiredMember(lines.size() + 1, new Invitee.Known(editor.id()), MemberRole.PARTIAL_EDITOR,
                    Set.of(ds)));
        }
        for (int i = 0; i < 20; i++) {
            member(user(TestUsers.aUser()), MemberRole.EDITOR, Set.of()); // forgotten by the list
        }
        for (int i = 0; i < 800; i++) {
            lines.add(new DesiredMember(lines.size() + 1, new Invitee.Known(user(TestUsers.aUser()).id()),
                    MemberRole.EDITOR, Set.of()));
        }
        while (lines.size() < 1000) {
            lines.add(new DesiredMember(lines.size() + 1,
                    new Invitee.ByEmail(new EmailAddress("new" + lines.size() + "@example.org")), MemberRole.EDITOR,
                    Set.of()));
        }
        var query = new PlanMembership(as(admin), organization.id(), lines, RemovalPolicy.REMOVE_MISSING);

        var planned = plans.plan(query);
        assertThat(planned.refusals()).isEmpty();
        assertThat(planned.steps(PlanStep.Invite.class)).hasSize(949);
        assertThat(planned.steps(PlanStep.ChangeRole.class)).hasSize(50);
        assertThat(planned.steps(PlanStep.ChangeAssignments.class)).hasSize(50);
        assertThat(planned.steps(PlanStep.Remove.class)).hasSize(20);

        plans.apply(new ApplyMembershipPlan(as(admin), planned));

        assertThat(plans.plan(query).isEmpty()).isTrue();
        var counts = members.count(new CountMembers(as(admin), organization.id()));
        assertThat(counts.of(MemberRole.PARTIAL_EDITOR)).isEqualTo(50);
        assertThat(counts.of(MemberRole.EDITOR)).isZero();
        assertThat(ports.assignments().list(organization.id(), PageRequest.first(100)).total()).isEqualTo(50);
        assertThat(members.list(new ListMembers(as(admin), organization.id(), Optional.empty(), Optional.empty(),
                PageRequest.first(10))).total()).isEqualTo(51);

        var headless = new ArrayList<>(lines);
        headless.set(0, new DesiredMember(1, new Invitee.Known(admin.id()), MemberRole.EDITOR, Set.of()));
        var refusedPlan = plans.plan(new PlanMembership(as(admin), organization.id(), headless,
                RemovalPolicy.REMOVE_MISSING));
        var refused = catchThrowableOfType(RuleBroken.class,
                () -> plans.apply(new ApplyMembershipPlan(as(admin), refusedPlan)));
        assertThat(refused.lines()).extracting(LineRefusal::line, LineRefusal::rule)
                .containsExactly(tuple(1, Optional.of(Rule.LAST_ADMIN)));
    }
}
