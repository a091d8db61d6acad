package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.assignment.GetSubject;
import io.memberkit.application.port.in.assignment.GetSubjectUseCase;
import io.memberkit.application.port.in.assignment.ListAssignments;
import io.memberkit.application.port.in.assignment.ListAssignmentsUseCase;
import io.memberkit.application.port.in.assignment.RegisterSubject;
import io.memberkit.application.port.in.assignment.RegisterSubjectUseCase;
import io.memberkit.application.port.in.assignment.RemoveSubject;
import io.memberkit.application.port.in.assignment.RemoveSubjectUseCase;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.assignment.SyncAssignmentsUseCase;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.permission.MayEditUseCase;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssignmentUseCasesTest {
    private final World world = new World();
    private final SyncAssignmentsUseCase sync = world.assignments;
    private final ListAssignmentsUseCase listAssignments = world.assignments;
    private final RegisterSubjectUseCase registerSubject = world.assignments;
    private final RemoveSubjectUseCase removeSubject = world.assignments;
    private final GetSubjectUseCase getSubject = world.assignments;
    private final ChangeMemberRoleUseCase changeRole = world.members;
    private final RemoveMemberUseCase removeMember = world.members;
    private final MayEditUseCase mayEdit = world.permissions;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);
    private final SubjectRef ds1 = world.subjectOf(organization, "ds-1");
    private final SubjectRef ds2 = world.subjectOf(organization, "ds-2");
    private final User partial = world.aUser();

    private List<SubjectRef> synced(User actor, User member, SubjectRef... subjects) {
        return sync.sync(new SyncAssignments(as(actor), organization.id(), member.id(), Set.of(subjects))).stream()
                .map(Assignment::subject).toList();
    }

    private List<SubjectRef> assignmentsOf(User member) {
        return listAssignments.list(new ListAssignments(as(admin), organization.id(), null)).items().stream()
                .filter(a -> a.user().equals(member.id())).map(Assignment::subject).toList();
    }

    private boolean mayEdit(User user, SubjectRef subject) {
        return mayEdit.mayEdit(new MayEdit(as(user), organization.id(), subject));
    }

    private User memberAs(MemberRole role) {
        var user = world.aUser();
        world.member(organization, admin, user, role);
        return user;
    }

    @Nested
    class OnlyPartialEditorsHoldAssignments {
        @Test
        void a_partial_editor_is_assigned_an_object() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);

            assertThat(synced(admin, partial, ds1)).containsExactly(ds1);
            assertThat(mayEdit(partial, ds1)).isTrue();
        }

        @Test
        void an_editor_is_refused() {
            var editor = memberAs(MemberRole.EDITOR);

            assertRuleBroken(Rule.NOT_PARTIAL_EDITOR, () -> synced(admin, editor, ds1));
        }

        @Test
        void a_user_who_is_not_a_member_is_refused() {
            assertRuleBroken(Rule.NOT_PARTIAL_EDITOR, () -> synced(admin, world.aUser(), ds1));
        }
    }

    @Nested
    class SyncingReplacesTheSet {
        @Test
        void two_then_one_then_none() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);

            assertThat(synced(admin, partial, ds1, ds2)).containsExactlyInAnyOrder(ds1, ds2);
            assertThat(assignmentsOf(partial)).containsExactlyInAnyOrder(ds1, ds2);

            assertThat(synced(admin, partial, ds2)).containsExactly(ds2);
            assertThat(assignmentsOf(partial)).containsExactly(ds2);

            assertThat(synced(admin, partial)).isEmpty();
            assertThat(assignmentsOf(partial)).isEmpty();
            assertThat(mayEdit(partial, ds2)).isFalse();
        }

        @Test
        void syncing_the_same_set_again_returns_it_unchanged() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));

            assertThat(synced(admin, partial, ds1)).containsExactly(ds1);
        }
    }

    @Nested
    class LeavingThePartialEditorRoleDropsTheAssignments {
        @Test
        void assignments_stay_while_the_member_stays_a_partial_editor() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1, ds2));
            var other = memberAs(MemberRole.EDITOR);

            changeRole.change(new ChangeMemberRole(as(admin), organization.id(), other.id(), MemberRole.ADMIN));

            assertThat(assignmentsOf(partial)).containsExactlyInAnyOrder(ds1, ds2);
        }

        @Test
        void becoming_an_editor_drops_them_and_coming_back_starts_empty() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1, ds2));

            changeRole.change(new ChangeMemberRole(as(admin), organization.id(), partial.id(), MemberRole.EDITOR));
            assertThat(assignmentsOf(partial)).isEmpty();

            changeRole.change(new ChangeMemberRole(as(admin), organization.id(), partial.id(),
                    MemberRole.PARTIAL_EDITOR));
            assertThat(assignmentsOf(partial)).isEmpty();
            assertThat(mayEdit(partial, ds1)).isFalse();
        }

        @Test
        void leaving_the_organization_drops_them() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1, ds2));

            removeMember.remove(new RemoveMember(as(admin), organization.id(), partial.id()));

            assertThat(assignmentsOf(partial)).isEmpty();
        }
    }

    @Nested
    class OnlyAnAdminSyncs {
        @Test
        void a_site_admin_who_is_not_a_member_may_sync() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);

            assertThat(synced(world.aSiteAdmin(), partial, ds1)).containsExactly(ds1);
        }

        @Test
        void an_editor_or_the_partial_editor_themselves_is_forbidden() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);
            var editor = memberAs(MemberRole.EDITOR);

            assertThatThrownBy(() -> synced(editor, partial, ds1)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> synced(partial, partial, ds1)).isInstanceOf(Forbidden.class);
            assertThat(assignmentsOf(partial)).isEmpty();
        }
    }

    @Nested
    class OnlyObjectsOfTheOrganizationAreAssigned {
        @Test
        void objects_of_the_organization_are_assigned() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);

            assertThat(synced(admin, partial, ds1, ds2)).hasSize(2);
        }

        @Test
        void an_object_of_another_organization_or_an_unknown_one_is_refused() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));
            var elsewhere = world.subjectOf(world.organizationOf(world.aUser()), "ds-elsewhere");

            assertRuleBroken(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION, () -> synced(admin, partial, ds1, elsewhere));
            assertRuleBroken(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION,
                    () -> synced(admin, partial, SubjectRef.dataset("unknown")));
            assertThat(assignmentsOf(partial)).containsExactly(ds1);
        }
    }

    @Nested
    class APartialEditorIsAssignedWhatTheyCreate {
        @Test
        void the_partial_editor_who_registers_an_object_is_assigned_it_and_may_edit_it() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);
            var created = SubjectRef.dataset("ds-new");

            registerSubject.register(new RegisterSubject(as(partial), new Subject(created, organization.id())));

            assertThat(assignmentsOf(partial)).containsExactly(created);
            assertThat(mayEdit(partial, created)).isTrue();
            assertThat(mayEdit(partial, ds1)).isFalse();
        }

        @Test
        void an_editor_who_registers_an_object_gets_no_assignment() {
            var editor = memberAs(MemberRole.EDITOR);
            var created = SubjectRef.dataset("ds-new");

            registerSubject.register(new RegisterSubject(as(editor), new Subject(created, organization.id())));

            assertThat(listAssignments.list(new ListAssignments(as(admin), organization.id(), null)).items())
                    .isEmpty();
            assertThat(mayEdit(editor, created)).isTrue();
        }

        @Test
        void a_user_who_is_not_a_member_cannot_register_an_object_of_the_organization() {
            assertThatThrownBy(() -> registerSubject.register(new RegisterSubject(as(world.aUser()),
                    new Subject(SubjectRef.dataset("ds-new"), organization.id())))).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class AnObjectThatGoesTakesItsAssignments {
        @Test
        void a_removed_object_is_no_longer_assigned() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1, ds2));

            removeSubject.remove(new RemoveSubject(as(admin), ds1));

            assertThat(assignmentsOf(partial)).containsExactly(ds2);
            assertThat(mayEdit(partial, ds1)).isFalse();
        }

        @Test
        void a_partial_editor_cannot_remove_an_object_not_assigned_to_them() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));

            assertThatThrownBy(() -> removeSubject.remove(new RemoveSubject(as(partial), ds2)))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void an_object_moved_to_another_organization_is_no_longer_assigned() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1, ds2));
            var other = world.organizationOf(admin);

            registerSubject.register(new RegisterSubject(as(admin), new Subject(ds1, other.id())));

            assertThat(assignmentsOf(partial)).containsExactly(ds2);
        }

        @Test
        void a_member_of_another_organization_cannot_take_an_object_they_may_not_edit() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));
            var stranger = world.aUser();
            var theirs = world.organizationOf(stranger);

            assertThatThrownBy(() -> registerSubject.register(new RegisterSubject(as(stranger),
                    new Subject(ds1, theirs.id())))).isInstanceOf(Forbidden.class);
            assertThat(assignmentsOf(partial)).containsExactly(ds1);
            assertThat(mayEdit(partial, ds1)).isTrue();
        }
    }

    @Nested
    class AnObjectsOwnerIsPublic {
        @Test
        void anyone_sees_which_organization_owns_an_object() {
            assertThat(getSubject.get(new GetSubject(Actor.anonymous(), ds1)))
                    .isEqualTo(new Subject(ds1, organization.id()));
        }

        @Test
        void an_unknown_object_is_not_found() {
            assertThatThrownBy(() -> getSubject.get(new GetSubject(as(admin), SubjectRef.reuse("ds-1"))))
                    .isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class ListingAssignments {
        @Test
        void admins_and_editors_see_the_assignments() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));
            var editor = memberAs(MemberRole.EDITOR);

            assertThat(listAssignments.list(new ListAssignments(as(editor), organization.id(), null)).items())
                    .extracting(Assignment::subject).containsExactly(ds1);
        }

        @Test
        void partial_editors_outsiders_and_anonymous_readers_are_forbidden() {
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));

            assertThatThrownBy(() -> listAssignments.list(new ListAssignments(as(partial), organization.id(), null)))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> listAssignments.list(new ListAssignments(as(world.aUser()), organization.id(),
                    null))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> listAssignments.list(new ListAssignments(Actor.anonymous(), organization.id(),
                    null))).isInstanceOf(Forbidden.class);
        }
    }
}
