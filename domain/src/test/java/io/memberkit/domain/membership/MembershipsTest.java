package io.memberkit.domain.membership;

import static io.memberkit.domain.testing.DomainAssertions.assertBreaks;
import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.MembershipEvent.AssignmentsSynced;
import io.memberkit.domain.membership.MembershipEvent.InvitationAccepted;
import io.memberkit.domain.membership.MembershipEvent.InvitationCanceled;
import io.memberkit.domain.membership.MembershipEvent.InvitationRefused;
import io.memberkit.domain.membership.MembershipEvent.MemberAdded;
import io.memberkit.domain.membership.MembershipEvent.MemberInvited;
import io.memberkit.domain.membership.MembershipEvent.MemberRemoved;
import io.memberkit.domain.membership.MembershipEvent.MemberRoleChanged;
import io.memberkit.domain.membership.MembershipEvent.MembershipRequestAccepted;
import io.memberkit.domain.membership.MembershipEvent.MembershipRequestRefused;
import io.memberkit.domain.membership.MembershipEvent.MembershipRequestUpdated;
import io.memberkit.domain.membership.MembershipEvent.MembershipRequested;
import io.memberkit.domain.membership.Memberships.InviteeFacts;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestMembers;
import io.memberkit.domain.testing.TestMembershipRequests;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MembershipsTest {
    private static final Instant NOW = TestClock.START.plus(Duration.ofHours(1));
    private static final UserId ADMIN = new UserId("admin");
    private static final MembershipRequestId NEW_ID = new MembershipRequestId("new-request");
    private static final InviteeFacts NEWCOMER = new InviteeFacts(false, Optional.empty());
    private static final InviteeFacts MEMBER = new InviteeFacts(true, Optional.empty());

    private final Organization organization = TestOrganizations.anOrganization().build();
    private final Organization elsewhere = TestOrganizations.anOrganization().build();
    private final SubjectRef ours = SubjectRef.dataset("ours");
    private final SubjectRef alsoOurs = SubjectRef.reuse("also-ours");
    private final SubjectRef theirs = SubjectRef.dataset("theirs");
    private final SubjectRef vanished = SubjectRef.dataset("vanished");
    private final Function<SubjectRef, Optional<Subject>> subjects = catalog(
            new Subject(ours, organization.id()), new Subject(alsoOurs, organization.id()),
            new Subject(theirs, elsewhere.id()));
    private final User bob = TestUsers.aUser().email("bob@example.org").build();

    /** The platform's objects, by reference; anything else does not exist. */
    private static Function<SubjectRef, Optional<Subject>> catalog(Subject... known) {
        Map<SubjectRef, Subject> byRef = Arrays.stream(known).collect(Collectors.toMap(Subject::ref, s -> s));
        return ref -> Optional.ofNullable(byRef.get(ref));
    }

    private Change<MembershipRequest> invite(Invitee invitee, MemberRole role, Set<SubjectRef> assignments,
                                             InviteeFacts facts) {
        return Memberships.invite(NEW_ID, organization, ADMIN, invitee, role, assignments, "Welcome aboard", facts,
                subjects, NOW, Memberships.DEFAULT_INVITATION_TTL);
    }

    private Change<MembershipRequest> inviteBob(InviteeFacts facts) {
        return invite(new Invitee.Known(bob.id()), MemberRole.EDITOR, Set.of(), facts);
    }

    @Nested
    class Inviting {
        @Test
        void a_known_user_gets_a_pending_invitation_that_runs_for_a_week() {
            var change = inviteBob(NEWCOMER);

            var invitation = change.state();
            assertThat(invitation.isInvitation()).isTrue();
            assertThat(invitation.isPending()).isTrue();
            assertThat(invitation.user()).contains(bob.id());
            assertThat(invitation.createdBy()).isEqualTo(ADMIN);
            assertThat(invitation.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
            assertThat(change.events()).containsExactly(new MemberInvited(ADMIN, NOW, organization.id(), NEW_ID,
                    new Invitee.Known(bob.id()), MemberRole.EDITOR, Set.of()));
        }

        @Test
        void an_email_without_an_account_can_be_invited() {
            var invitee = new Invitee.ByEmail(new EmailAddress("newcomer@example.org"));

            var change = invite(invitee, MemberRole.ADMIN, Set.of(), NEWCOMER);

            assertThat(change.state().invitee()).isEqualTo(invitee);
            assertThat(change.state().user()).isEmpty();
            assertThat(change.events()).singleElement().isInstanceOf(MemberInvited.class);
        }

        @Nested
        class A_deleted_organization_takes_no_invitations {
            @Test
            void a_live_organization_does() {
                assertThat(inviteBob(NEWCOMER).state().organization()).isEqualTo(organization.id());
            }

            @Test
            void a_deleted_one_is_gone() {
                var deleted = TestOrganizations.anOrganization().deleted().build();

                assertThatThrownBy(() -> Memberships.invite(NEW_ID, deleted, ADMIN, new Invitee.Known(bob.id()),
                        MemberRole.EDITOR, Set.of(), null, NEWCOMER, subjects, NOW,
                        Memberships.DEFAULT_INVITATION_TTL)).isInstanceOf(Gone.class);
            }
        }

        @Nested
        class The_invitee_must_not_be_a_member_already {
            @Test
            void a_non_member_is_invited() {
                assertThat(inviteBob(NEWCOMER).state().isPending()).isTrue();
            }

            @Test
            void a_member_is_refused() {
                assertBreaks(Rule.ALREADY_MEMBER, () -> inviteBob(MEMBER));
            }
        }

        @Nested
        class One_pending_invitation_or_request_per_person {
            @Test
            void a_handled_one_does_not_count() {
                // the caller looks up pending ones only: an old refused request leaves the facts empty
                assertThat(inviteBob(NEWCOMER).events()).hasSize(1);
            }

            @Test
            void a_pending_one_refuses_another() {
                var pending = TestMembershipRequests.aMembershipRequest().of(organization).forUser(bob).build();

                assertBreaks(Rule.PENDING_REQUEST_EXISTS, () -> inviteBob(new InviteeFacts(false, Optional.of(pending))));
            }
        }

        @Nested
        class Assignments_are_only_for_partial_editors {
            @Test
            void a_partial_editor_is_invited_with_assignments() {
                var change = invite(new Invitee.Known(bob.id()), MemberRole.PARTIAL_EDITOR, Set.of(ours, alsoOurs),
                        NEWCOMER);

                assertThat(change.state().assignments()).containsExactlyInAnyOrder(ours, alsoOurs);
                assertThat(change.events()).containsExactly(new MemberInvited(ADMIN, NOW, organization.id(), NEW_ID,
                        new Invitee.Known(bob.id()), MemberRole.PARTIAL_EDITOR, Set.of(ours, alsoOurs)));
            }

            @Test
            void an_editor_with_assignments_is_refused() {
                assertBreaks(Rule.ASSIGNMENTS_REQUIRE_PARTIAL_EDITOR,
                        () -> invite(new Invitee.Known(bob.id()), MemberRole.EDITOR, Set.of(ours), NEWCOMER));
                assertBreaks(Rule.ASSIGNMENTS_REQUIRE_PARTIAL_EDITOR,
                        () -> invite(new Invitee.Known(bob.id()), MemberRole.ADMIN, Set.of(ours), NEWCOMER));
            }
        }

        @Nested
        class Assigned_objects_must_belong_to_the_organization {
            @Test
            void its_own_objects_are_allowed() {
                assertThat(invite(new Invitee.Known(bob.id()), MemberRole.PARTIAL_EDITOR, Set.of(ours), NEWCOMER)
                        .state().assignments()).containsExactly(ours);
            }

            @Test
            void another_organizations_object_is_refused() {
                assertBreaks(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION, () -> invite(new Invitee.Known(bob.id()),
                        MemberRole.PARTIAL_EDITOR, Set.of(ours, theirs), NEWCOMER));
            }

            @Test
            void an_unknown_object_is_refused() {
                assertBreaks(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION, () -> invite(new Invitee.Known(bob.id()),
                        MemberRole.PARTIAL_EDITOR, Set.of(vanished), NEWCOMER));
            }
        }

        @Nested
        class The_delay_must_be_positive {
            @Test
            void a_configured_delay_is_used() {
                var change = Memberships.invite(NEW_ID, organization, ADMIN, new Invitee.Known(bob.id()),
                        MemberRole.EDITOR, Set.of(), null, NEWCOMER, subjects, NOW, Duration.ofDays(30));

                assertThat(change.state().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
            }

            @Test
            void zero_or_negative_is_refused_on_expires_in() {
                assertInvalid("expires_in", () -> Memberships.invite(NEW_ID, organization, ADMIN,
                        new Invitee.Known(bob.id()), MemberRole.EDITOR, Set.of(), null, NEWCOMER, subjects, NOW,
                        Duration.ZERO));
                assertInvalid("expires_in", () -> Memberships.invite(NEW_ID, organization, ADMIN,
                        new Invitee.Known(bob.id()), MemberRole.EDITOR, Set.of(), null, NEWCOMER, subjects, NOW,
                        Duration.ofDays(-1)));
            }
        }
    }

    @Nested
    class Adding_a_member_directly {
        @Test
        void the_account_becomes_a_member_with_the_role_and_the_change_says_who_added_them() {
            var change = Memberships.add(organization, ADMIN, bob, MemberRole.EDITOR, false, NOW);

            assertThat(change.state()).isEqualTo(new Member(organization.id(), bob.id(), MemberRole.EDITOR, NOW));
            assertThat(change.events()).containsExactly(
                    new MemberAdded(ADMIN, NOW, organization.id(), bob.id(), MemberRole.EDITOR));
        }

        @Nested
        class The_account_must_not_be_a_member_already {
            @Test
            void a_non_member_is_added() {
                assertThat(Memberships.add(organization, ADMIN, bob, MemberRole.ADMIN, false, NOW).state().role())
                        .isEqualTo(MemberRole.ADMIN);
            }

            @Test
            void a_member_is_refused() {
                assertBreaks(Rule.ALREADY_MEMBER,
                        () -> Memberships.add(organization, ADMIN, bob, MemberRole.EDITOR, true, NOW));
            }
        }

        @Nested
        class Only_usable_accounts_in_live_organizations {
            @Test
            void an_inactive_account_is_gone() {
                var inactive = TestUsers.aUser().inactive().build();

                assertThatThrownBy(() -> Memberships.add(organization, ADMIN, inactive, MemberRole.EDITOR, false,
                        NOW)).isInstanceOf(Gone.class);
            }

            @Test
            void a_deleted_organization_is_gone() {
                var deleted = TestOrganizations.anOrganization().deleted().build();

                assertThatThrownBy(() -> Memberships.add(deleted, ADMIN, bob, MemberRole.EDITOR, false, NOW))
                        .isInstanceOf(Gone.class);
            }
        }
    }

    @Nested
    class Accepting_an_invitation {
        private final MembershipRequest invitation =
                TestMembershipRequests.anInvitation().of(organization).forUser(bob).build();

        @Test
        void makes_the_invitee_a_member_with_the_invited_role() {
            var change = Memberships.acceptInvitation(invitation, bob, false, subjects, NOW);

            var acceptance = change.state();
            assertThat(acceptance.member()).isEqualTo(new Member(organization.id(), bob.id(), MemberRole.EDITOR, NOW));
            assertThat(acceptance.request().status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(acceptance.request().handledBy()).isEqualTo(bob.id());
            assertThat(acceptance.request().handledOn()).isEqualTo(NOW);
            assertThat(acceptance.assignments()).isEmpty();
            assertThat(change.events()).containsExactly(new InvitationAccepted(bob.id(), NOW, organization.id(),
                    invitation.id(), MemberRole.EDITOR, 0, 0));
        }

        @Test
        void an_invitation_by_email_is_bound_to_the_account_that_accepts_it() {
            var byEmail = TestMembershipRequests.anInvitation().of(organization).forEmail("bob@example.org").build();

            var acceptance = Memberships.acceptInvitation(byEmail, bob, false, subjects, NOW).state();

            assertThat(acceptance.request().invitee()).isEqualTo(new Invitee.Known(bob.id()));
            assertThat(acceptance.member().user()).isEqualTo(bob.id());
        }

        @Test
        void applies_the_assignments_still_in_the_organization_and_counts_the_skipped_ones() {
            var partial = TestMembershipRequests.anInvitation().of(organization).forUser(bob)
                    .role(MemberRole.PARTIAL_EDITOR).assignments(ours, theirs, vanished).build();

            var change = Memberships.acceptInvitation(partial, bob, false, subjects, NOW);

            assertThat(change.state().assignments())
                    .containsExactly(new Assignment(organization.id(), bob.id(), ours, NOW));
            assertThat(change.events()).containsExactly(new InvitationAccepted(bob.id(), NOW, organization.id(),
                    partial.id(), MemberRole.PARTIAL_EDITOR, 1, 2));
        }

        @Nested
        class Only_the_invitee_sees_their_invitation {
            @Test
            void the_invitee_by_id_or_by_email_may_accept() {
                var byEmail = TestMembershipRequests.anInvitation().of(organization).forEmail("bob@example.org").build();

                assertThatCode(() -> Memberships.acceptInvitation(invitation, bob, false, subjects, NOW))
                        .doesNotThrowAnyException();
                assertThatCode(() -> Memberships.acceptInvitation(byEmail, bob, false, subjects, NOW))
                        .doesNotThrowAnyException();
            }

            @Test
            void someone_elses_invitation_is_not_found() {
                var eve = TestUsers.aUser().email("eve@example.org").build();
                var toOtherEmail = TestMembershipRequests.anInvitation().of(organization)
                        .forEmail("carol@example.org").build();

                assertThatThrownBy(() -> Memberships.acceptInvitation(invitation, eve, false, subjects, NOW))
                        .isInstanceOf(NotFound.class);
                assertThatThrownBy(() -> Memberships.acceptInvitation(toOtherEmail, bob, false, subjects, NOW))
                        .isInstanceOf(NotFound.class);
            }

            @Test
            void a_membership_request_is_not_an_invitation() {
                var request = TestMembershipRequests.aMembershipRequest().of(organization).forUser(bob).build();

                assertThatThrownBy(() -> Memberships.acceptInvitation(request, bob, false, subjects, NOW))
                        .isInstanceOf(NotFound.class);
            }
        }

        @Nested
        class Only_a_pending_invitation_is_accepted {
            @Test
            void a_pending_one_is() {
                assertThat(Memberships.acceptInvitation(invitation, bob, false, subjects, NOW).events()).hasSize(1);
            }

            @Test
            void a_handled_one_is_refused() {
                for (var status : List.of(RequestStatus.ACCEPTED, RequestStatus.REFUSED, RequestStatus.CANCELED)) {
                    var handled = TestMembershipRequests.anInvitation().of(organization).forUser(bob).status(status)
                            .build();

                    assertBreaks(Rule.NOT_PENDING, () -> Memberships.acceptInvitation(handled, bob, false, subjects, NOW));
                }
            }
        }

        @Nested
        class An_invitation_expires_after_its_delay {
            @Test
            void just_before_the_deadline_it_is_accepted() {
                var justBefore = invitation.expiresAt().minusMillis(1);

                assertThat(Memberships.acceptInvitation(invitation, bob, false, subjects, justBefore).state().member())
                        .isNotNull();
            }

            @Test
            void at_the_deadline_it_has_expired() {
                assertBreaks(Rule.INVITATION_EXPIRED,
                        () -> Memberships.acceptInvitation(invitation, bob, false, subjects, invitation.expiresAt()));
            }
        }

        @Nested
        class The_invitee_must_not_be_a_member_already {
            @Test
            void a_non_member_accepts() {
                assertThat(Memberships.acceptInvitation(invitation, bob, false, subjects, NOW).events()).hasSize(1);
            }

            @Test
            void a_member_is_refused() {
                assertBreaks(Rule.ALREADY_MEMBER, () -> Memberships.acceptInvitation(invitation, bob, true, subjects, NOW));
            }
        }
    }

    @Nested
    class Refusing_an_invitation {
        private final MembershipRequest invitation =
                TestMembershipRequests.anInvitation().of(organization).forUser(bob).build();

        @Test
        void closes_it_and_nobody_becomes_a_member() {
            var change = Memberships.refuseInvitation(invitation, bob, NOW);

            assertThat(change.state().status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(change.state().handledBy()).isEqualTo(bob.id());
            assertThat(change.events())
                    .containsExactly(new InvitationRefused(bob.id(), NOW, organization.id(), invitation.id()));
        }

        @Nested
        class Only_the_invitee_sees_their_invitation {
            @Test
            void the_invitee_may_refuse() {
                assertThat(Memberships.refuseInvitation(invitation, bob, NOW).events()).hasSize(1);
            }

            @Test
            void someone_elses_invitation_is_not_found() {
                var eve = TestUsers.aUser().build();

                assertThatThrownBy(() -> Memberships.refuseInvitation(invitation, eve, NOW)).isInstanceOf(NotFound.class);
            }
        }

        @Nested
        class Only_a_pending_invitation_is_refused {
            @Test
            void a_pending_one_is() {
                assertThat(Memberships.refuseInvitation(invitation, bob, NOW).state().isPending()).isFalse();
            }

            @Test
            void a_canceled_one_is_refused() {
                var canceled = TestMembershipRequests.anInvitation().of(organization).forUser(bob)
                        .status(RequestStatus.CANCELED).build();

                assertBreaks(Rule.NOT_PENDING, () -> Memberships.refuseInvitation(canceled, bob, NOW));
            }
        }

        @Nested
        class An_invitation_expires_after_its_delay {
            @Test
            void before_the_deadline_it_is_refused_normally() {
                assertThat(Memberships.refuseInvitation(invitation, bob, invitation.expiresAt().minusSeconds(1))
                        .state().status()).isEqualTo(RequestStatus.REFUSED);
            }

            @Test
            void after_the_deadline_it_has_expired() {
                assertBreaks(Rule.INVITATION_EXPIRED,
                        () -> Memberships.refuseInvitation(invitation, bob, invitation.expiresAt().plusSeconds(1)));
            }
        }
    }

    @Nested
    class Canceling_an_invitation {
        private final MembershipRequest invitation =
                TestMembershipRequests.anInvitation().of(organization).forUser(bob).build();

        @Test
        void withdraws_it_with_an_event() {
            var change = Memberships.cancelInvitation(invitation, ADMIN, NOW);

            assertThat(change.state().status()).isEqualTo(RequestStatus.CANCELED);
            assertThat(change.state().handledBy()).isEqualTo(ADMIN);
            assertThat(change.events()).containsExactly(new InvitationCanceled(ADMIN, NOW, organization.id(),
                    invitation.id(), invitation.invitee()));
        }

        @Test
        void an_expired_invitation_is_still_pending_so_it_can_be_canceled() {
            var afterExpiry = invitation.expiresAt().plus(Duration.ofDays(1));

            assertThat(Memberships.cancelInvitation(invitation, ADMIN, afterExpiry).state().status())
                    .isEqualTo(RequestStatus.CANCELED);
        }

        @Nested
        class Only_invitations_can_be_canceled {
            @Test
            void an_invitation_can() {
                assertThat(Memberships.cancelInvitation(invitation, ADMIN, NOW).events()).hasSize(1);
            }

            @Test
            void a_membership_request_is_refused_instead() {
                var request = TestMembershipRequests.aMembershipRequest().of(organization).build();

                assertBreaks(Rule.ONLY_INVITATIONS_CAN_BE_CANCELED,
                        () -> Memberships.cancelInvitation(request, ADMIN, NOW));
            }
        }

        @Nested
        class Only_a_pending_invitation_is_canceled {
            @Test
            void a_pending_one_is() {
                assertThat(Memberships.cancelInvitation(invitation, ADMIN, NOW).state().isPending()).isFalse();
            }

            @Test
            void an_accepted_one_is_refused() {
                var accepted = TestMembershipRequests.anInvitation().of(organization).status(RequestStatus.ACCEPTED)
                        .build();

                assertBreaks(Rule.NOT_PENDING, () -> Memberships.cancelInvitation(accepted, ADMIN, NOW));
            }
        }
    }

    @Nested
    class Requesting_membership {
        @Test
        void opens_a_pending_request_to_become_an_editor() {
            var change = Memberships.request(NEW_ID, organization, bob.id(), "I maintain our datasets", NEWCOMER, NOW);

            var request = change.state();
            assertThat(request.kind()).isEqualTo(RequestKind.REQUEST);
            assertThat(request.isPending()).isTrue();
            assertThat(request.user()).contains(bob.id());
            assertThat(request.role()).isEqualTo(MemberRole.EDITOR);
            assertThat(request.comment()).isEqualTo("I maintain our datasets");
            assertThat(request.expiresAt()).as("only invitations expire").isNull();
            assertThat(change.events()).containsExactly(new MembershipRequested(bob.id(), NOW, organization.id(), NEW_ID));
        }

        @Nested
        class A_comment_is_required {
            @Test
            void with_a_comment_it_is_accepted() {
                assertThat(Memberships.request(NEW_ID, organization, bob.id(), "Hello", NEWCOMER, NOW).state())
                        .isNotNull();
            }

            @Test
            void without_one_it_is_refused_on_comment() {
                assertInvalid("comment", () -> Memberships.request(NEW_ID, organization, bob.id(), " ", NEWCOMER, NOW));
                assertInvalid("comment", () -> Memberships.request(NEW_ID, organization, bob.id(), null, NEWCOMER, NOW));
            }
        }

        @Nested
        class A_deleted_organization_takes_no_requests {
            @Test
            void a_live_one_does() {
                assertThat(Memberships.request(NEW_ID, organization, bob.id(), "Hello", NEWCOMER, NOW).events())
                        .hasSize(1);
            }

            @Test
            void a_deleted_one_is_gone() {
                var deleted = TestOrganizations.anOrganization().deleted().build();

                assertThatThrownBy(() -> Memberships.request(NEW_ID, deleted, bob.id(), "Hello", NEWCOMER, NOW))
                        .isInstanceOf(Gone.class);
            }
        }

        @Nested
        class The_applicant_must_not_be_a_member_already {
            @Test
            void a_non_member_may_ask() {
                assertThat(Memberships.request(NEW_ID, organization, bob.id(), "Hello", NEWCOMER, NOW).state().isPending())
                        .isTrue();
            }

            @Test
            void a_member_is_refused() {
                assertBreaks(Rule.ALREADY_MEMBER,
                        () -> Memberships.request(NEW_ID, organization, bob.id(), "Hello", MEMBER, NOW));
            }
        }

        @Nested
        class One_pending_invitation_or_request_per_person {
            @Test
            void asking_again_while_a_request_is_pending_replaces_its_comment() {
                var pending = TestMembershipRequests.aMembershipRequest().of(organization).forUser(bob)
                        .comment("first").build();

                var change = Memberships.request(NEW_ID, organization, bob.id(), "second",
                        new InviteeFacts(false, Optional.of(pending)), NOW);

                assertThat(change.state().id()).isEqualTo(pending.id());
                assertThat(change.state().comment()).isEqualTo("second");
                assertThat(change.events()).containsExactly(
                        new MembershipRequestUpdated(bob.id(), NOW, organization.id(), pending.id()));
            }

            @Test
            void a_pending_invitation_must_be_accepted_instead() {
                var invitation = TestMembershipRequests.anInvitation().of(organization).forUser(bob).build();

                assertBreaks(Rule.PENDING_REQUEST_EXISTS, () -> Memberships.request(NEW_ID, organization, bob.id(),
                        "Hello", new InviteeFacts(false, Optional.of(invitation)), NOW));
            }
        }
    }

    @Nested
    class Accepting_a_membership_request {
        private final MembershipRequest request =
                TestMembershipRequests.aMembershipRequest().of(organization).forUser(bob).build();

        @Test
        void makes_the_applicant_an_editor_as_in_udata() {
            var change = Memberships.acceptRequest(request, ADMIN, false, NOW);

            assertThat(change.state().member()).isEqualTo(new Member(organization.id(), bob.id(), MemberRole.EDITOR, NOW));
            assertThat(change.state().request().status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(change.state().request().handledBy()).isEqualTo(ADMIN);
            assertThat(change.state().assignments()).isEmpty();
            assertThat(change.events()).containsExactly(new MembershipRequestAccepted(ADMIN, NOW, organization.id(),
                    request.id(), bob.id(), MemberRole.EDITOR));
        }

        @Nested
        class Invitations_take_the_invitation_path {
            @Test
            void a_membership_request_is_accepted_here() {
                assertThat(Memberships.acceptRequest(request, ADMIN, false, NOW).events()).hasSize(1);
            }

            @Test
            void an_invitation_is_refused() {
                var invitation = TestMembershipRequests.anInvitation().of(organization).build();

                assertBreaks(Rule.INVITATION_NOT_A_REQUEST, () -> Memberships.acceptRequest(invitation, ADMIN, false, NOW));
            }
        }

        @Nested
        class Only_a_pending_request_is_accepted {
            @Test
            void accepting_twice_is_a_conflict_as_udata_409() {
                var accepted = Memberships.acceptRequest(request, ADMIN, false, NOW).state().request();

                assertThatThrownBy(() -> Memberships.acceptRequest(accepted, ADMIN, false, NOW))
                        .isInstanceOf(Conflict.class);
            }

            @Test
            void a_refused_request_is_not_pending() {
                var refused = TestMembershipRequests.aMembershipRequest().of(organization)
                        .status(RequestStatus.REFUSED).build();

                assertBreaks(Rule.NOT_PENDING, () -> Memberships.acceptRequest(refused, ADMIN, false, NOW));
            }
        }

        @Nested
        class The_applicant_must_not_be_a_member_already {
            @Test
            void a_non_member_is_accepted() {
                assertThat(Memberships.acceptRequest(request, ADMIN, false, NOW).state().member().user())
                        .isEqualTo(bob.id());
            }

            @Test
            void a_member_is_a_conflict() {
                assertThatThrownBy(() -> Memberships.acceptRequest(request, ADMIN, true, NOW))
                        .isInstanceOf(Conflict.class);
            }
        }
    }

    @Nested
    class Refusing_a_membership_request {
        private final MembershipRequest request =
                TestMembershipRequests.aMembershipRequest().of(organization).forUser(bob).build();

        @Test
        void closes_it_with_the_reason() {
            var change = Memberships.refuseRequest(request, ADMIN, "Not one of us", NOW);

            assertThat(change.state().status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(change.state().refusalComment()).isEqualTo("Not one of us");
            assertThat(change.state().handledBy()).isEqualTo(ADMIN);
            assertThat(change.events()).containsExactly(new MembershipRequestRefused(ADMIN, NOW, organization.id(),
                    request.id(), bob.id()));
        }

        @Nested
        class A_reason_is_required {
            @Test
            void with_a_reason_it_is_refused() {
                assertThat(Memberships.refuseRequest(request, ADMIN, "No", NOW).events()).hasSize(1);
            }

            @Test
            void without_one_it_is_invalid_on_comment() {
                assertInvalid("comment", () -> Memberships.refuseRequest(request, ADMIN, "  ", NOW));
            }
        }

        @Nested
        class Invitations_take_the_invitation_path {
            @Test
            void a_membership_request_is_refused_here() {
                assertThat(Memberships.refuseRequest(request, ADMIN, "No", NOW).state().isPending()).isFalse();
            }

            @Test
            void an_invitation_is_refused() {
                var invitation = TestMembershipRequests.anInvitation().of(organization).build();

                assertBreaks(Rule.INVITATION_NOT_A_REQUEST,
                        () -> Memberships.refuseRequest(invitation, ADMIN, "No", NOW));
            }
        }

        @Nested
        class Only_a_pending_request_is_refused {
            @Test
            void a_pending_one_is() {
                assertThat(Memberships.refuseRequest(request, ADMIN, "No", NOW).state().status())
                        .isEqualTo(RequestStatus.REFUSED);
            }

            @Test
            void an_accepted_one_is_refused() {
                var accepted = TestMembershipRequests.aMembershipRequest().of(organization)
                        .status(RequestStatus.ACCEPTED).build();

                assertBreaks(Rule.NOT_PENDING, () -> Memberships.refuseRequest(accepted, ADMIN, "No", NOW));
            }
        }
    }

    @Nested
    class The_founder {
        @Test
        void is_the_first_admin_of_a_new_organization() {
            var change = Memberships.founder(organization.id(), ADMIN, NOW);

            assertThat(change.state()).isEqualTo(new Member(organization.id(), ADMIN, MemberRole.ADMIN, NOW));
            assertThat(change.events()).containsExactly(new MemberAdded(ADMIN, NOW, organization.id(), ADMIN,
                    MemberRole.ADMIN));
        }
    }

    @Nested
    class Changing_a_role {
        @Test
        void records_from_and_to_in_its_event() {
            var editor = TestMembers.anEditor().of(organization).build();

            var change = Memberships.changeRole(editor, MemberRole.PARTIAL_EDITOR, 1, ADMIN, NOW);

            assertThat(change.state()).isEqualTo(editor.withRole(MemberRole.PARTIAL_EDITOR));
            assertThat(change.events()).containsExactly(new MemberRoleChanged(ADMIN, NOW, organization.id(),
                    editor.user(), MemberRole.EDITOR, MemberRole.PARTIAL_EDITOR));
        }

        @Test
        void to_the_same_role_changes_nothing() {
            var editor = TestMembers.anEditor().of(organization).build();

            var change = Memberships.changeRole(editor, MemberRole.EDITOR, 1, ADMIN, NOW);

            assertThat(change.state()).isEqualTo(editor);
            assertThat(change.events()).isEmpty();
        }

        @Nested
        class An_organization_keeps_at_least_one_admin {
            // stricter than uData: an organization never loses its last admin
            @Test
            void an_admin_among_several_may_be_demoted() {
                var admin = TestMembers.anAdmin().of(organization).build();

                assertThat(Memberships.changeRole(admin, MemberRole.EDITOR, 2, ADMIN, NOW).state().role())
                        .isEqualTo(MemberRole.EDITOR);
            }

            @Test
            void the_last_admin_may_not() {
                var admin = TestMembers.anAdmin().of(organization).build();

                assertBreaks(Rule.LAST_ADMIN, () -> Memberships.changeRole(admin, MemberRole.EDITOR, 1, ADMIN, NOW));
            }
        }
    }

    @Nested
    class Removing_a_member {
        @Test
        void records_who_left_with_their_role() {
            var editor = TestMembers.anEditor().of(organization).build();

            var change = Memberships.remove(editor, 1, ADMIN, NOW);

            assertThat(change.state()).isEqualTo(editor);
            assertThat(change.events()).containsExactly(new MemberRemoved(ADMIN, NOW, organization.id(), editor.user(),
                    MemberRole.EDITOR));
        }

        @Nested
        class An_organization_keeps_at_least_one_admin {
            @Test
            void an_admin_among_several_may_be_removed() {
                var admin = TestMembers.anAdmin().of(organization).build();

                assertThat(Memberships.remove(admin, 2, ADMIN, NOW).events()).hasSize(1);
            }

            @Test
            void the_last_admin_may_not() {
                var admin = TestMembers.anAdmin().of(organization).build();

                assertBreaks(Rule.LAST_ADMIN, () -> Memberships.remove(admin, 1, ADMIN, NOW));
            }
        }
    }

    @Nested
    class Syncing_assignments {
        private final Member partialEditor = TestMembers.aPartialEditor().of(organization).build();

        private Change<Set<SubjectRef>> sync(Optional<Member> member, Set<SubjectRef> desired,
                                             Set<SubjectRef> current) {
            return Memberships.syncAssignments(organization.id(), member, desired, current, subjects, ADMIN, NOW);
        }

        @Test
        void replaces_the_set_and_records_what_was_added_and_removed() {
            var change = sync(Optional.of(partialEditor), Set.of(alsoOurs), Set.of(ours));

            assertThat(change.state()).containsExactly(alsoOurs);
            assertThat(change.events()).containsExactly(new AssignmentsSynced(ADMIN, NOW, organization.id(),
                    partialEditor.user(), Set.of(alsoOurs), Set.of(ours)));
        }

        @Test
        void the_same_set_changes_nothing() {
            var change = sync(Optional.of(partialEditor), Set.of(ours), Set.of(ours));

            assertThat(change.state()).containsExactly(ours);
            assertThat(change.events()).isEmpty();
        }

        @Test
        void an_empty_set_removes_every_assignment() {
            var change = sync(Optional.of(partialEditor), Set.of(), Set.of(ours, alsoOurs));

            assertThat(change.state()).isEmpty();
            assertThat(change.events()).containsExactly(new AssignmentsSynced(ADMIN, NOW, organization.id(),
                    partialEditor.user(), Set.of(), Set.of(ours, alsoOurs)));
        }

        @Nested
        class Only_a_partial_editor_holds_assignments {
            @Test
            void a_partial_editor_does() {
                assertThat(sync(Optional.of(partialEditor), Set.of(ours), Set.of()).state()).containsExactly(ours);
            }

            @Test
            void an_editor_or_a_non_member_is_refused() {
                var editor = TestMembers.anEditor().of(organization).build();

                assertBreaks(Rule.NOT_PARTIAL_EDITOR, () -> sync(Optional.of(editor), Set.of(ours), Set.of()));
                assertBreaks(Rule.NOT_PARTIAL_EDITOR, () -> sync(Optional.empty(), Set.of(ours), Set.of()));
            }
        }

        @Nested
        class Assigned_objects_must_belong_to_the_organization {
            @Test
            void its_own_objects_are_allowed() {
                assertThat(sync(Optional.of(partialEditor), Set.of(ours, alsoOurs), Set.of()).state()).hasSize(2);
            }

            @Test
            void another_organizations_or_an_unknown_object_is_refused() {
                assertBreaks(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION,
                        () -> sync(Optional.of(partialEditor), Set.of(ours, theirs), Set.of()));
                assertBreaks(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION,
                        () -> sync(Optional.of(partialEditor), Set.of(vanished), Set.of()));
            }
        }
    }

    @Nested
    class The_last_admin_of_an_organization_cannot_leave_it_headless {
        private final OrganizationId alone = new OrganizationId("alone");
        private final OrganizationId shared = new OrganizationId("shared");
        private final OrganizationId edited = new OrganizationId("edited");
        private final Map<OrganizationId, Long> admins = Map.of(alone, 1L, shared, 3L, edited, 1L);
        private final List<Member> memberships = List.of(
                TestMembers.anAdmin().of(alone).user(bob).build(),
                TestMembers.anAdmin().of(shared).user(bob).build(),
                TestMembers.anEditor().of(edited).user(bob).build());

        @Test
        void sole_admin_of_names_only_the_organizations_where_the_user_is_the_only_admin() {
            assertThat(Memberships.soleAdminOf(memberships, admins::get)).containsExactly(alone);
        }

        @Test
        void an_account_that_is_nowhere_the_sole_admin_may_go() {
            assertThat(Memberships.soleAdminOf(memberships.subList(1, 3), admins::get)).isEmpty();
            assertThatCode(() -> Memberships.requireNotSoleAdmin(List.of())).doesNotThrowAnyException();
        }

        @Test
        void an_account_that_is_somewhere_the_sole_admin_is_refused() {
            assertBreaks(Rule.LAST_ADMIN,
                    () -> Memberships.requireNotSoleAdmin(Memberships.soleAdminOf(memberships, admins::get)));
        }
    }

    @Nested
    class Events_of_several_changes {
        @Test
        void are_listed_in_order() {
            var first = Memberships.founder(organization.id(), ADMIN, NOW);
            var none = Change.none("nothing happened");
            var second = Memberships.founder(elsewhere.id(), ADMIN, NOW);

            assertThat(Memberships.events(List.of(first, none, second)))
                    .containsExactly(first.events().get(0), second.events().get(0));
        }
    }
}
