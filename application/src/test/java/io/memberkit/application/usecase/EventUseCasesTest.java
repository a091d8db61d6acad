package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.assignment.ListAssignments;
import io.memberkit.application.port.in.assignment.ListAssignmentsUseCase;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.assignment.SyncAssignmentsUseCase;
import io.memberkit.application.port.in.audit.ListAuditTrail;
import io.memberkit.application.port.in.audit.ListAuditTrailUseCase;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.AcceptInvitationUseCase;
import io.memberkit.application.port.in.me.DeleteMyAccount;
import io.memberkit.application.port.in.me.DeleteMyAccountUseCase;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.GetMeUseCase;
import io.memberkit.application.port.in.me.ListMyInvitations;
import io.memberkit.application.port.in.me.ListMyInvitationsUseCase;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.organization.CreateOrganizationUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.ListMembershipRequestsUseCase;
import io.memberkit.application.port.in.user.DeleteUser;
import io.memberkit.application.port.in.user.DeleteUserUseCase;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent.AssignmentsSynced;
import io.memberkit.domain.membership.MembershipEvent.InvitationAccepted;
import io.memberkit.domain.membership.MembershipEvent.MemberAdded;
import io.memberkit.domain.membership.MembershipEvent.MemberInvited;
import io.memberkit.domain.membership.MembershipEvent.MemberRemoved;
import io.memberkit.domain.membership.MembershipEvent.MemberRoleChanged;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationLifecycle.OrganizationCreated;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventUseCasesTest {
    private final World world = new World();
    private final CreateOrganizationUseCase createOrganization = world.organizations;
    private final InviteMemberUseCase invite = world.members;
    private final AcceptInvitationUseCase acceptInvitation = world.requests;
    private final ChangeMemberRoleUseCase changeRole = world.members;
    private final RemoveMemberUseCase removeMember = world.members;
    private final SyncAssignmentsUseCase sync = world.assignments;
    private final ListAssignmentsUseCase listAssignments = world.assignments;
    private final ListMembersUseCase listMembers = world.members;
    private final ListMembershipRequestsUseCase listRequests = world.requests;
    private final ListMyInvitationsUseCase myInvitations = world.me;
    private final DeleteMyAccountUseCase deleteMyAccount = world.me;
    private final DeleteUserUseCase deleteUser = world.users;
    private final GetMeUseCase getMe = world.me;
    private final ListAuditTrailUseCase auditTrail = world.audit;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);
    private final User user = world.aUser();

    /** The kinds of event appended since the log held {@code mark} events. */
    private List<Class<?>> eventsSince(int mark) {
        return world.store.events().stream().skip(mark).<Class<?>>map(Object::getClass).toList();
    }

    /** The kinds of event appended while {@code work} ran. */
    private List<Class<?>> eventsDuring(Runnable work) {
        int mark = world.store.events().size();
        work.run();
        return eventsSince(mark);
    }

    private List<Member> members() {
        return listMembers.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null)).items()
                .stream().map(d -> d.member()).toList();
    }

    private List<SubjectRef> assignments() {
        return listAssignments.list(new ListAssignments(as(admin), organization.id(), null)).items().stream()
                .map(Assignment::subject).toList();
    }

    @Nested
    class EveryChangeEmitsAnEvent {
        @Test
        void creating_an_organization_adds_its_first_admin_then_creates_it() {
            assertThat(eventsDuring(() -> createOrganization.create(new CreateOrganization(as(user),
                    TestOrganizations.details("Fresh"))))).containsExactly(MemberAdded.class, OrganizationCreated.class);
        }

        @Test
        void inviting_then_accepting() {
            int mark = world.store.events().size();
            var invitation = invite.invite(new InviteMember(as(admin), organization.id(), new Invitee.Known(user.id()),
                    MemberRole.EDITOR, null, null));

            assertThat(eventsSince(mark)).containsExactly(MemberInvited.class);
            assertThat(eventsDuring(() -> acceptInvitation.accept(new AcceptInvitation(as(user), invitation.id()))))
                    .containsExactly(InvitationAccepted.class);
        }

        @Test
        void changing_a_role_then_removing_the_member() {
            world.member(organization, admin, user, MemberRole.EDITOR);

            assertThat(eventsDuring(() -> changeRole.change(new ChangeMemberRole(as(admin), organization.id(),
                    user.id(), MemberRole.PARTIAL_EDITOR)))).containsExactly(MemberRoleChanged.class);
            assertThat(eventsDuring(() -> removeMember.remove(new RemoveMember(as(admin), organization.id(),
                    user.id())))).containsExactly(MemberRemoved.class);
        }

        @Test
        void syncing_assignments() {
            var ds1 = world.subjectOf(organization, "ds-1");
            world.member(organization, admin, user, MemberRole.PARTIAL_EDITOR);

            assertThat(eventsDuring(() -> sync.sync(new SyncAssignments(as(admin), organization.id(), user.id(),
                    Set.of(ds1))))).containsExactly(AssignmentsSynced.class);
        }

        @Test
        void what_changes_nothing_emits_nothing() {
            var ds1 = world.subjectOf(organization, "ds-1");
            world.member(organization, admin, user, MemberRole.PARTIAL_EDITOR, Set.of(ds1));

            assertThat(eventsDuring(() -> changeRole.change(new ChangeMemberRole(as(admin), organization.id(),
                    user.id(), MemberRole.PARTIAL_EDITOR)))).isEmpty();
            assertThat(eventsDuring(() -> sync.sync(new SyncAssignments(as(admin), organization.id(), user.id(),
                    Set.of(ds1))))).isEmpty();
        }
    }

    @Nested
    class ARefusedUseCaseWritesNothing {
        @Test
        void a_refused_last_admin_removal_leaves_the_member_and_the_log_as_they_were() {
            world.member(organization, admin, user, MemberRole.EDITOR);
            var events = world.store.events().size();

            assertRuleBroken(Rule.LAST_ADMIN,
                    () -> removeMember.remove(new RemoveMember(as(admin), organization.id(), admin.id())));

            assertThat(members()).extracting(Member::user).containsExactly(admin.id(), user.id());
            assertThat(world.store.events()).hasSize(events);
        }

        @Test
        void a_refused_invitation_creates_no_invitation() {
            world.member(organization, admin, user, MemberRole.EDITOR);
            var requests = listRequests.list(new ListMembershipRequests(as(admin), organization.id(),
                    Optional.empty(), Optional.empty(), null)).total();

            assertThat(eventsDuring(() -> assertRuleBroken(Rule.ALREADY_MEMBER, () -> invite.invite(
                    new InviteMember(as(admin), organization.id(), new Invitee.Known(user.id()), MemberRole.ADMIN,
                            null, null))))).isEmpty();
            assertThat(listRequests.list(new ListMembershipRequests(as(admin), organization.id(), Optional.empty(),
                    Optional.empty(), null)).total()).isEqualTo(requests);
        }

        @Test
        void a_refused_sync_keeps_the_assignments() {
            var ds1 = world.subjectOf(organization, "ds-1");
            var elsewhere = world.subjectOf(world.organizationOf(world.aUser()), "ds-elsewhere");
            world.member(organization, admin, user, MemberRole.PARTIAL_EDITOR, Set.of(ds1));

            assertThat(eventsDuring(() -> assertRuleBroken(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION,
                    () -> sync.sync(new SyncAssignments(as(admin), organization.id(), user.id(), Set.of(elsewhere))))))
                    .isEmpty();
            assertThat(assignments()).containsExactly(ds1);
        }

        @Test
        void a_refused_acceptance_leaves_the_invitation_pending_and_makes_no_member() {
            var invitation = world.invitation(organization, admin, user, MemberRole.EDITOR);
            world.clock.advance(Duration.ofDays(8));

            assertThat(eventsDuring(() -> assertRuleBroken(Rule.INVITATION_EXPIRED,
                    () -> acceptInvitation.accept(new AcceptInvitation(as(user), invitation.id()))))).isEmpty();
            assertThat(members()).extracting(Member::user).containsExactly(admin.id());
            assertThat(myInvitations.list(new ListMyInvitations(as(user)))).hasSize(1);
        }

        @Test
        void a_refused_account_deletion_leaves_the_account_and_all_its_memberships() {
            // co-admin here, last admin of its own organization: the deletion stops before touching either
            world.member(organization, admin, user, MemberRole.ADMIN);
            world.organizationOf(user);

            assertThat(eventsDuring(() -> assertRuleBroken(Rule.LAST_ADMIN,
                    () -> deleteMyAccount.delete(new DeleteMyAccount(as(user)))))).isEmpty();
            assertThat(eventsDuring(() -> assertRuleBroken(Rule.LAST_ADMIN,
                    () -> deleteUser.delete(new DeleteUser(as(world.aSiteAdmin()), user.id(), true, false)))))
                    .isEmpty();
            assertThat(getMe.get(new GetMe(as(user))).fullName()).isEqualTo(user.fullName());
            assertThat(members()).extracting(Member::user).containsExactly(admin.id(), user.id());
        }
    }

    @Nested
    class TheAuditTrail {
        private final Organization audited = createOrganization.create(new CreateOrganization(as(admin),
                TestOrganizations.details("Audited")));

        private List<String> trail(Actor actor) {
            return auditTrail.list(new ListAuditTrail(actor, audited.id(), null)).items().stream()
                    .map(AuditEntry::type).toList();
        }

        @Test
        void admins_and_editors_read_it_oldest_first() {
            world.member(audited, admin, user, MemberRole.EDITOR);
            world.member(organization, admin, world.aUser(), MemberRole.EDITOR);

            var expected = List.of("MemberAdded", "OrganizationCreated", "MemberInvited", "InvitationAccepted");
            assertThat(trail(as(admin))).isEqualTo(expected);
            assertThat(trail(as(user))).isEqualTo(expected);
            assertThat(trail(as(world.aSiteAdmin()))).isEqualTo(expected);
        }

        @Test
        void partial_editors_outsiders_and_anonymous_readers_are_forbidden() {
            world.member(audited, admin, user, MemberRole.PARTIAL_EDITOR);

            assertThatThrownBy(() -> trail(as(user))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> trail(as(world.aUser()))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> trail(Actor.anonymous())).isInstanceOf(Forbidden.class);
        }

        @Test
        void each_entry_names_its_actor_and_its_organization() {
            assertThat(auditTrail.list(new ListAuditTrail(as(admin), audited.id(), null)).items()).hasSize(2)
                    .allSatisfy(entry -> {
                        assertThat(entry.actor()).isEqualTo(admin.id());
                        assertThat(entry.organization()).isEqualTo(audited.id());
                    });
        }
    }
}
