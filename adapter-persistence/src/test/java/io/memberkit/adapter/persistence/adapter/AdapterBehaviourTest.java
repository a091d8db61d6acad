package io.memberkit.adapter.persistence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.port.out.UserRepository.DeletionOptions;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.Accounts;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the JDBC adapters add to the port contracts: named errors, atomic units, the hot queries' answers. */
public abstract class AdapterBehaviourTest {
    private OutboundPorts out;
    private User admin;
    private Organization organization;

    protected abstract TestDatabase database();

    @BeforeEach
    void anOrganizationWithItsAdmin() {
        out = database().emptyPorts();
        admin = add(TestUsers.aUser());
        organization = TestOrganizations.anOrganization().build();
        write(() -> out.organizations().create(organization,
                Memberships.founder(organization.id(), admin.id(), at(0)).state()));
    }

    @Nested
    class ConstraintViolationsBecomeDomainErrors {
        @Test
        void a_second_account_with_an_email_already_used_is_a_conflict() {
            var clash = TestUsers.aUser().email(admin.email().value()).build();

            assertThatThrownBy(() -> write(() -> out.users().add(clash))).isInstanceOf(Conflict.class);
        }

        @Test
        void following_an_unknown_user_is_a_conflict() {
            var follow = new Follow(admin.id(), new FollowTarget.OfUser(new UserId("nobody")), at(1));

            assertThatThrownBy(() -> write(() -> {
                out.follows().follow(follow);
                return null;
            })).isInstanceOf(Conflict.class);
        }

        @Test
        void assigning_an_object_to_a_member_who_is_not_a_partial_editor_is_a_conflict() {
            var ref = subject("ds-1");

            assertThatThrownBy(() -> write(() -> out.assignments().replace(organization.id(), admin.id(), Set.of(ref),
                    at(1)))).isInstanceOf(Conflict.class);
        }

        @Test
        void changing_the_role_of_someone_who_is_not_a_member_is_not_found() {
            var stranger = add(TestUsers.aUser());

            assertThatThrownBy(() -> write(() -> {
                out.members().changeRole(organization.id(), stranger.id(), MemberRole.EDITOR);
                return null;
            })).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void a_unit_of_work_failing_after_an_acceptance_leaves_the_invitation_pending_and_nobody_added() {
        var invitee = add(TestUsers.aUser());
        var invitation = invitation(invitee, MemberRole.EDITOR);
        write(() -> out.requests().invite(invitation));

        assertThatThrownBy(() -> write(() -> {
            out.requests().acceptInvitation(acceptance(invitation, invitee, MemberRole.EDITOR, List.of()));
            throw new IllegalStateException("fails after the acceptance was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(out.requests().find(invitation.id())).get().extracting(MembershipRequest::status)
                .isEqualTo(RequestStatus.PENDING);
        assertThat(out.members().find(organization.id(), invitee.id())).isEmpty();
        assertThat(out.organizations().find(organization.id()).orElseThrow().metrics().members()).isEqualTo(1);
    }

    @Nested
    class MayEditFacts {
        @Test
        void each_role_is_answered_in_one_lookup() {
            var editor = member(add(TestUsers.aUser()), MemberRole.EDITOR);
            var mine = subject("mine");
            var theirs = subject("theirs");
            var partial = member(add(TestUsers.aUser()), MemberRole.PARTIAL_EDITOR, mine);
            var outsider = add(TestUsers.aUser());

            assertThat(rights(admin, theirs)).isEqualTo(new EditRights(true, false, Optional.of(MemberRole.ADMIN), false));
            assertThat(rights(editor, theirs))
                    .isEqualTo(new EditRights(true, false, Optional.of(MemberRole.EDITOR), false));
            assertThat(rights(partial, mine))
                    .isEqualTo(new EditRights(true, false, Optional.of(MemberRole.PARTIAL_EDITOR), true));
            assertThat(rights(partial, theirs).assigned()).isFalse();
            assertThat(rights(outsider, theirs)).isEqualTo(new EditRights(true, false, Optional.empty(), false));
        }

        @Test
        void a_deleted_account_is_not_usable_and_an_inactive_site_admin_neither() {
            var siteAdmin = add(TestUsers.aSiteAdmin().inactive());
            var deleted = member(add(TestUsers.aUser()), MemberRole.EDITOR);
            write(() -> {
                out.users().delete(Accounts.anonymised(deleted, at(5)), new DeletionOptions(false, false));
                return null;
            });

            assertThat(rights(siteAdmin, SubjectRef.dataset("x")))
                    .isEqualTo(new EditRights(false, true, Optional.empty(), false));
            assertThat(rights(deleted, SubjectRef.dataset("x")))
                    .isEqualTo(new EditRights(false, false, Optional.empty(), false));
        }

        private EditRights rights(User user, SubjectRef subject) {
            return out.members().editRights(user.id(), organization.id(), subject);
        }
    }

    @Test
    void members_are_listed_oldest_first_then_by_user_and_paged() {
        // joined in reverse order of their ids, two at a time: since decides first, then the user id
        var joined = IntStream.range(0, 24).mapToObj(i -> add(TestUsers.aUser().id("member-" + (100 + i))))
                .toList();
        for (int i = 0; i < joined.size(); i++) {
            member(joined.get(joined.size() - 1 - i), i % 3 == 0 ? MemberRole.PARTIAL_EDITOR : MemberRole.EDITOR,
                    at(10 + i / 2));
        }

        var everyone = IntStream.rangeClosed(1, 3)
                .mapToObj(p -> out.members().list(organization.id(), Optional.empty(), new PageRequest(p, 10)))
                .flatMap(page -> page.items().stream()).map(d -> d.member()).toList();
        var partials = out.members().list(organization.id(), Optional.of(MemberRole.PARTIAL_EDITOR),
                new PageRequest(2, 5));

        assertThat(everyone).hasSize(25);
        assertThat(everyone.get(0).user()).isEqualTo(admin.id());
        assertThat(everyone.subList(1, 25)).isSortedAccordingTo(
                Comparator.comparing(Member::since).thenComparing(m -> m.user().value()));
        assertThat(everyone.get(1).user().value()).isEqualTo("member-122");
        assertThat(everyone.get(2).user().value()).isEqualTo("member-123");
        assertThat(partials.total()).isEqualTo(8);
        assertThat(partials.items()).hasSize(3).extracting(MemberDetails::member).extracting(Member::role)
                .containsOnly(MemberRole.PARTIAL_EDITOR);
    }

    @Test
    void suggestions_match_a_prefix_whatever_its_case_and_accents() {
        add(TestUsers.aUser().named("Élodie", "Martin"));
        add(TestUsers.aUser().named("Emile", "ÉCOLE"));
        add(TestUsers.aUser().named("Zoé", "Zed"));

        assertThat(out.users().suggest("éL", 10)).extracting(User::firstName).containsExactly("Élodie");
        assertThat(out.users().suggest("ÉCO", 10)).extracting(User::lastName).containsExactly("ÉCOLE");
        assertThat(out.users().suggest("el", 10)).extracting(User::firstName).containsExactly("Élodie");
    }

    private User add(TestUsers.Builder builder) {
        var user = builder.build();
        return write(() -> out.users().add(user));
    }

    private User member(User user, MemberRole role, SubjectRef... assignments) {
        return member(user, role, at(1), assignments);
    }

    private User member(User user, MemberRole role, Instant since, SubjectRef... assignments) {
        var invitation = invitation(user, role);
        var applied = List.of(assignments).stream()
                .map(ref -> new Assignment(organization.id(), user.id(), ref, since)).toList();
        write(() -> {
            out.requests().invite(invitation);
            out.requests().acceptInvitation(acceptance(invitation, user, role, applied, since));
            return null;
        });
        return user;
    }

    private MembershipRequest invitation(User invitee, MemberRole role) {
        return new MembershipRequest(new MembershipRequestId(UUID.randomUUID().toString()), organization.id(),
                RequestKind.INVITATION, RequestStatus.PENDING, new Invitee.Known(invitee.id()), role, null, Set.of(),
                at(0), admin.id(), null, null, null, at(0).plus(Duration.ofDays(7)));
    }

    private Acceptance acceptance(MembershipRequest invitation, User invitee, MemberRole role,
                                  List<Assignment> assignments) {
        return acceptance(invitation, invitee, role, assignments, at(1));
    }

    private Acceptance acceptance(MembershipRequest invitation, User invitee, MemberRole role,
                                  List<Assignment> assignments, Instant at) {
        var accepted = new MembershipRequest(invitation.id(), invitation.organization(), invitation.kind(),
                RequestStatus.ACCEPTED, invitation.invitee(), role, null, Set.of(), invitation.created(),
                invitation.createdBy(), invitee.id(), at, null, invitation.expiresAt());
        return new Acceptance(accepted, new Member(organization.id(), invitee.id(), role, at), assignments);
    }

    private SubjectRef subject(String id) {
        var ref = SubjectRef.dataset(id);
        write(() -> {
            out.subjects().register(new Subject(ref, organization.id()), Optional.empty());
            return null;
        });
        return ref;
    }

    private <T> T write(Supplier<T> work) {
        return out.unitOfWork().write(work);
    }

    private static Instant at(int minutes) {
        return TestClock.START.plus(Duration.ofMinutes(minutes));
    }
}
