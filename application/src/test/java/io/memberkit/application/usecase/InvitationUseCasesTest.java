package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.assignment.ListAssignments;
import io.memberkit.application.port.in.assignment.ListAssignmentsUseCase;
import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.assignment.RegisterSubjectUseCase;
import io.memberkit.application.port.in.assignment.RemoveSubject;
import io.memberkit.application.port.in.assignment.RemoveSubjectUseCase;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.AcceptInvitationUseCase;
import io.memberkit.application.port.in.me.ListMyInvitations;
import io.memberkit.application.port.in.me.ListMyInvitationsUseCase;
import io.memberkit.application.port.in.me.RefuseInvitation;
import io.memberkit.application.port.in.me.RefuseInvitationUseCase;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.request.CancelInvitation;
import io.memberkit.application.port.in.request.CancelInvitationUseCase;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.application.port.in.request.RequestMembershipUseCase;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvitationUseCasesTest {
    private final World world = new World();
    private final InviteMemberUseCase invite = world.members;
    private final AcceptInvitationUseCase accept = world.requests;
    private final RefuseInvitationUseCase refuse = world.requests;
    private final CancelInvitationUseCase cancel = world.requests;
    private final ListMyInvitationsUseCase myInvitations = world.me;
    private final RequestMembershipUseCase requestMembership = world.requests;
    private final ListMembersUseCase listMembers = world.members;
    private final ListAssignmentsUseCase listAssignments = world.assignments;
    private final RegisterSubjectUseCase registerSubject = world.assignments;
    private final RemoveSubjectUseCase removeSubject = world.assignments;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);
    private final User invitee = world.aUser();

    private InviteMember inviting(User actor, Invitee who, MemberRole role, Set<SubjectRef> assignments) {
        return new InviteMember(as(actor), organization.id(), who, role, assignments, null);
    }

    private InviteMember invitingAsEditor(Invitee who) {
        return inviting(admin, who, MemberRole.EDITOR, Set.of());
    }

    private static Invitee byEmail(String address) {
        return new Invitee.ByEmail(new EmailAddress(address));
    }

    private boolean isMember(User user) {
        return listMembers.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null)).items()
                .stream().anyMatch(m -> m.user().id().equals(user.id()));
    }

    private java.util.List<SubjectRef> assignments() {
        return listAssignments.list(new ListAssignments(as(admin), organization.id(), null)).items().stream()
                .map(Assignment::subject).toList();
    }

    @Nested
    class AnInvitationIsForAUserOrAnEmail {
        @Test
        void by_user_id_it_is_a_pending_invitation_and_not_yet_a_membership() {
            var invitation = invite.invite(inviting(admin, new Invitee.Known(invitee.id()), MemberRole.ADMIN, null));

            assertThat(invitation.kind()).isEqualTo(RequestKind.INVITATION);
            assertThat(invitation.status()).isEqualTo(RequestStatus.PENDING);
            assertThat(invitation.role()).isEqualTo(MemberRole.ADMIN);
            assertThat(invitation.user()).contains(invitee.id());
            assertThat(isMember(invitee)).isFalse();
        }

        @Test
        void by_an_unknown_email_it_keeps_the_email() {
            var invitation = invite.invite(invitingAsEditor(byEmail("newuser@example.com")));

            assertThat(invitation.invitee()).isEqualTo(byEmail("newuser@example.com"));
            assertThat(invitation.user()).isEmpty();
        }

        @Test
        void by_the_email_of_an_existing_user_it_is_bound_to_that_user() {
            var known = world.user(TestUsers.aUser().email("known@example.org"));

            var invitation = invite.invite(invitingAsEditor(byEmail("known@example.org")));

            assertThat(invitation.invitee()).isEqualTo(new Invitee.Known(known.id()));
        }

        @Test
        void an_unknown_user_id_is_refused_on_the_user_field() {
            assertInvalidInput("user", () -> invite.invite(invitingAsEditor(new Invitee.Known(new UserId("ghost")))));
        }

        @Test
        void an_inactive_user_cannot_be_invited_by_id() {
            var inactive = world.user(TestUsers.aUser().inactive());

            assertInvalidInput("user", () -> invite.invite(invitingAsEditor(new Invitee.Known(inactive.id()))));
        }

        @Test
        void an_invalid_email_is_refused_on_the_email_field() {
            assertInvalidInput("email", () -> invite.invite(invitingAsEditor(
                    new Invitee.ByEmail(EmailAddress.parse("not-an-email", "email")))));
        }
    }

    @Nested
    class MembersAndPendingInviteesAreNotInvitedAgain {
        @Test
        void a_user_whose_invitation_was_refused_may_be_invited_again() {
            var first = world.invitation(organization, admin, invitee, MemberRole.EDITOR);
            refuse.refuse(new RefuseInvitation(as(invitee), first.id()));

            var second = invite.invite(invitingAsEditor(new Invitee.Known(invitee.id())));

            assertThat(second.isPending()).isTrue();
        }

        @Test
        void a_member_is_refused() {
            world.member(organization, admin, invitee, MemberRole.EDITOR);

            assertRuleBroken(Rule.ALREADY_MEMBER,
                    () -> invite.invite(invitingAsEditor(new Invitee.Known(invitee.id()))));
            assertRuleBroken(Rule.ALREADY_MEMBER, () -> invite.invite(invitingAsEditor(
                    byEmail(invitee.email().value()))));
        }

        @Test
        void a_user_with_a_pending_invitation_is_refused() {
            world.invitation(organization, admin, invitee, MemberRole.EDITOR);

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS,
                    () -> invite.invite(invitingAsEditor(new Invitee.Known(invitee.id()))));
        }

        @Test
        void an_email_with_a_pending_invitation_is_refused() {
            invite.invite(invitingAsEditor(byEmail("newuser@example.com")));

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS,
                    () -> invite.invite(invitingAsEditor(byEmail("newuser@example.com"))));
        }

        @Test
        void a_user_with_a_pending_membership_request_is_refused() {
            world.membershipRequest(organization, invitee);

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS,
                    () -> invite.invite(invitingAsEditor(new Invitee.Known(invitee.id()))));
        }

        @Test
        void a_user_whose_address_has_a_pending_email_invitation_is_refused() {
            // invited by email before registering: the invitation waiting for that address is theirs
            invite.invite(invitingAsEditor(byEmail("later@example.org")));
            var registered = world.user(TestUsers.aUser().email("later@example.org"));

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS,
                    () -> invite.invite(invitingAsEditor(new Invitee.Known(registered.id()))));
            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS,
                    () -> invite.invite(invitingAsEditor(byEmail("later@example.org"))));
        }
    }

    @Nested
    class AssignmentsComeWithThePartialEditorRoleOnly {
        private final SubjectRef ds1 = world.subjectOf(organization, "ds-1");
        private final SubjectRef ds2 = world.subjectOf(organization, "ds-2");

        @Test
        void a_partial_editor_is_invited_with_two_assignments() {
            var invitation = invite.invite(inviting(admin, new Invitee.Known(invitee.id()),
                    MemberRole.PARTIAL_EDITOR, Set.of(ds1, ds2)));

            assertThat(invitation.assignments()).containsExactlyInAnyOrder(ds1, ds2);
            assertThat(myInvitations.list(new ListMyInvitations(as(invitee)))).singleElement()
                    .extracting(MembershipRequest::assignments).isEqualTo(Set.of(ds1, ds2));
        }

        @Test
        void a_partial_editor_may_be_invited_without_assignments() {
            var invitation = invite.invite(inviting(admin, new Invitee.Known(invitee.id()),
                    MemberRole.PARTIAL_EDITOR, null));

            assertThat(invitation.assignments()).isEmpty();
        }

        @Test
        void assignments_with_another_role_are_refused() {
            assertRuleBroken(Rule.ASSIGNMENTS_REQUIRE_PARTIAL_EDITOR, () -> invite.invite(inviting(admin,
                    new Invitee.Known(invitee.id()), MemberRole.EDITOR, Set.of(ds1))));
        }

        @Test
        void an_object_of_another_organization_is_refused() {
            var elsewhere = world.subjectOf(world.organizationOf(world.aUser()), "ds-elsewhere");

            assertRuleBroken(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION, () -> invite.invite(inviting(admin,
                    new Invitee.Known(invitee.id()), MemberRole.PARTIAL_EDITOR, Set.of(ds1, elsewhere))));
        }

        @Test
        void an_unknown_object_is_refused() {
            assertRuleBroken(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION, () -> invite.invite(inviting(admin,
                    new Invitee.Known(invitee.id()), MemberRole.PARTIAL_EDITOR, Set.of(SubjectRef.dataset("nope")))));
        }
    }

    @Nested
    class OnlyAdminsInvite {
        @Test
        void a_site_admin_who_is_not_a_member_may_invite() {
            var invitation = invite.invite(inviting(world.aSiteAdmin(), new Invitee.Known(invitee.id()),
                    MemberRole.EDITOR, null));

            assertThat(invitation.isPending()).isTrue();
        }

        @Test
        void editors_partial_editors_and_outsiders_are_forbidden() {
            var editor = world.aUser();
            var partial = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);

            for (var actor : java.util.List.of(editor, partial, world.aUser())) {
                assertThatThrownBy(() -> invite.invite(inviting(actor, new Invitee.Known(invitee.id()),
                        MemberRole.EDITOR, null))).isInstanceOf(Forbidden.class);
            }
            assertThatThrownBy(() -> invite.invite(new InviteMember(Actor.anonymous(), organization.id(),
                    new Invitee.Known(invitee.id()), MemberRole.EDITOR, null, null))).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class AnInvitationExpires {
        @Test
        void it_is_accepted_just_before_the_week_runs_out() {
            var invitation = world.invitation(organization, admin, invitee, MemberRole.EDITOR);
            world.clock.advance(Duration.ofDays(7).minusSeconds(1));

            accept.accept(new AcceptInvitation(as(invitee), invitation.id()));

            assertThat(isMember(invitee)).isTrue();
        }

        @Test
        void after_a_week_it_can_neither_be_accepted_nor_refused() {
            var invitation = world.invitation(organization, admin, invitee, MemberRole.EDITOR);
            world.clock.advance(Duration.ofDays(7));

            assertRuleBroken(Rule.INVITATION_EXPIRED,
                    () -> accept.accept(new AcceptInvitation(as(invitee), invitation.id())));
            assertRuleBroken(Rule.INVITATION_EXPIRED,
                    () -> refuse.refuse(new RefuseInvitation(as(invitee), invitation.id())));
            assertThat(isMember(invitee)).isFalse();
        }

        @Test
        void the_delay_is_the_one_the_platform_configured() {
            var configured = new World(new MembershipSettings(Duration.ofDays(2)));
            var boss = configured.aUser();
            var org = configured.organizationOf(boss);
            var early = configured.aUser();
            var late = configured.aUser();
            var earlyInvitation = configured.invitation(org, boss, early, MemberRole.EDITOR);
            var lateInvitation = configured.invitation(org, boss, late, MemberRole.EDITOR);
            AcceptInvitationUseCase acceptThere = configured.requests;

            configured.clock.advance(Duration.ofDays(2).minusMinutes(1));
            acceptThere.accept(new AcceptInvitation(as(early), earlyInvitation.id()));
            configured.clock.advance(Duration.ofMinutes(1));

            assertRuleBroken(Rule.INVITATION_EXPIRED,
                    () -> acceptThere.accept(new AcceptInvitation(as(late), lateInvitation.id())));
        }

        @Test
        void an_expired_invitation_may_still_be_canceled() {
            var invitation = world.invitation(organization, admin, invitee, MemberRole.EDITOR);
            world.clock.advance(Duration.ofDays(30));

            var canceled = cancel.cancel(new CancelInvitation(as(admin), organization.id(), invitation.id()));

            assertThat(canceled.status()).isEqualTo(RequestStatus.CANCELED);
        }
    }

    @Nested
    class OnlyTheInviteeAnswersAndOnlyOnce {
        private final MembershipRequest invitation = world.invitation(organization, admin, invitee, MemberRole.ADMIN);

        @Test
        void the_invitee_accepts_and_becomes_a_member_with_the_invited_role() {
            var member = accept.accept(new AcceptInvitation(as(invitee), invitation.id()));

            assertThat(member.role()).isEqualTo(MemberRole.ADMIN);
            assertThat(member.user()).isEqualTo(invitee.id());
            assertThat(isMember(invitee)).isTrue();
            assertThat(myInvitations.list(new ListMyInvitations(as(invitee)))).isEmpty();
        }

        @Test
        void the_invitee_refuses_and_does_not_become_a_member() {
            var refused = refuse.refuse(new RefuseInvitation(as(invitee), invitation.id()));

            assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(refused.handledBy()).isEqualTo(invitee.id());
            assertThat(isMember(invitee)).isFalse();
        }

        @Test
        void another_user_finds_no_such_invitation() {
            var other = world.aUser();

            assertThatThrownBy(() -> accept.accept(new AcceptInvitation(as(other), invitation.id())))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> refuse.refuse(new RefuseInvitation(as(other), invitation.id())))
                    .isInstanceOf(NotFound.class);
            assertThat(isMember(other)).isFalse();
        }

        @Test
        void an_unknown_invitation_is_not_found() {
            assertThatThrownBy(() -> accept.accept(new AcceptInvitation(as(invitee),
                    new MembershipRequestId("nope")))).isInstanceOf(NotFound.class);
        }

        @Test
        void an_invitation_no_longer_pending_is_refused() {
            accept.accept(new AcceptInvitation(as(invitee), invitation.id()));

            assertRuleBroken(Rule.NOT_PENDING, () -> accept.accept(new AcceptInvitation(as(invitee),
                    invitation.id())));
            assertRuleBroken(Rule.NOT_PENDING, () -> refuse.refuse(new RefuseInvitation(as(invitee),
                    invitation.id())));
        }

        @Test
        void a_canceled_invitation_can_no_longer_be_accepted() {
            cancel.cancel(new CancelInvitation(as(admin), organization.id(), invitation.id()));

            assertRuleBroken(Rule.NOT_PENDING, () -> accept.accept(new AcceptInvitation(as(invitee),
                    invitation.id())));
        }
    }

    @Nested
    class OnlyAnAdminCancelsAPendingInvitation {
        private final MembershipRequest invitation = world.invitation(organization, admin, invitee, MemberRole.EDITOR);

        @Test
        void an_admin_cancels_a_pending_invitation() {
            var canceled = cancel.cancel(new CancelInvitation(as(admin), organization.id(), invitation.id()));

            assertThat(canceled.status()).isEqualTo(RequestStatus.CANCELED);
            assertThat(myInvitations.list(new ListMyInvitations(as(invitee)))).isEmpty();
        }

        @Test
        void an_editor_is_forbidden() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> cancel.cancel(new CancelInvitation(as(editor), organization.id(),
                    invitation.id()))).isInstanceOf(Forbidden.class);
            assertThat(myInvitations.list(new ListMyInvitations(as(invitee)))).hasSize(1);
        }

        @Test
        void an_invitation_no_longer_pending_is_refused() {
            refuse.refuse(new RefuseInvitation(as(invitee), invitation.id()));

            assertRuleBroken(Rule.NOT_PENDING,
                    () -> cancel.cancel(new CancelInvitation(as(admin), organization.id(), invitation.id())));
        }

        @Test
        void a_membership_request_is_refused_not_canceled() {
            var applicant = world.aUser();
            var request = world.membershipRequest(organization, applicant);

            assertRuleBroken(Rule.ONLY_INVITATIONS_CAN_BE_CANCELED,
                    () -> cancel.cancel(new CancelInvitation(as(admin), organization.id(), request.id())));
        }

        @Test
        void an_invitation_of_another_organization_is_not_found_here() {
            var otherAdmin = world.aUser();
            var other = world.organizationOf(otherAdmin);
            var elsewhere = world.invitation(other, otherAdmin, world.aUser(), MemberRole.EDITOR);

            assertThatThrownBy(() -> cancel.cancel(new CancelInvitation(as(admin), organization.id(),
                    elsewhere.id()))).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class AcceptingAppliesTheRoleAndTheAssignmentsInOneStep {
        private final SubjectRef ds1 = world.subjectOf(organization, "ds-1");
        private final SubjectRef ds2 = world.subjectOf(organization, "ds-2");
        private final MembershipRequest invitation = invite.invite(inviting(admin, new Invitee.Known(invitee.id()),
                MemberRole.PARTIAL_EDITOR, Set.of(ds1, ds2)));

        @Test
        void the_partial_editor_gets_both_assignments() {
            var member = accept.accept(new AcceptInvitation(as(invitee), invitation.id()));

            assertThat(member.role()).isEqualTo(MemberRole.PARTIAL_EDITOR);
            assertThat(assignments()).containsExactlyInAnyOrder(ds1, ds2);
        }

        @Test
        void an_object_removed_meanwhile_is_skipped() {
            removeSubject.remove(new RemoveSubject(as(admin), ds2));

            accept.accept(new AcceptInvitation(as(invitee), invitation.id()));

            assertThat(assignments()).containsExactly(ds1);
        }

        @Test
        void an_object_moved_to_another_organization_meanwhile_is_skipped() {
            var other = world.organizationOf(world.aUser());
            registerSubject.register(new RegisterSubject(as(world.aSiteAdmin()), new Subject(ds2, other.id())));

            accept.accept(new AcceptInvitation(as(invitee), invitation.id()));

            assertThat(assignments()).containsExactly(ds1);
        }
    }

    @Nested
    class AnEmailInvitationIsForTheOwnerOfTheAddress {
        private final MembershipRequest invitation = invite.invite(invitingAsEditor(byEmail("later@example.org")));

        @Test
        void the_user_who_registers_with_that_address_sees_it_and_accepts_it() {
            var registered = world.user(TestUsers.aUser().email("later@example.org"));

            assertThat(myInvitations.list(new ListMyInvitations(as(registered)))).extracting(MembershipRequest::id)
                    .containsExactly(invitation.id());
            var member = accept.accept(new AcceptInvitation(as(registered), invitation.id()));

            assertThat(member.user()).isEqualTo(registered.id());
            assertThat(member.role()).isEqualTo(MemberRole.EDITOR);
        }

        @Test
        void a_user_with_another_address_finds_no_such_invitation() {
            assertThat(myInvitations.list(new ListMyInvitations(as(invitee)))).isEmpty();
            assertThatThrownBy(() -> accept.accept(new AcceptInvitation(as(invitee), invitation.id())))
                    .isInstanceOf(NotFound.class);
        }

        @Test
        void a_pending_email_invitation_is_accepted_rather_than_asked_for_again() {
            var registered = world.user(TestUsers.aUser().email("later@example.org"));

            assertRuleBroken(Rule.PENDING_REQUEST_EXISTS, () -> requestMembership.request(
                    new RequestMembership(as(registered), organization.id(), "Let me in")));
        }
    }
}
