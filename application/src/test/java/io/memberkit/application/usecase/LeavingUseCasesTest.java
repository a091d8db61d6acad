package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.me.DeleteMyAccount;
import io.memberkit.application.port.in.me.DeleteMyAccountUseCase;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.CountMembers;
import io.memberkit.application.port.in.member.CountMembersUseCase;
import io.memberkit.application.port.in.member.HandOverAndLeave;
import io.memberkit.application.port.in.member.HandOverAndLeaveUseCase;
import io.memberkit.application.port.in.member.LeaveOrganization;
import io.memberkit.application.port.in.member.LeaveOrganizationUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leaving, handing over, the last admin everywhere, and counting and searching members. */
class LeavingUseCasesTest {
    private final World world = new World();
    private final LeaveOrganizationUseCase leave = world.members;
    private final HandOverAndLeaveUseCase handOver = world.members;
    private final ChangeMemberRoleUseCase changeRole = world.members;
    private final RemoveMemberUseCase remove = world.members;
    private final DeleteMyAccountUseCase deleteMyAccount = world.me;
    private final CountMembersUseCase count = world.members;
    private final ListMembersUseCase listMembers = world.members;
    private final DeleteOrganizationUseCase deleteOrganization = world.organizations;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);

    private Optional<MemberRole> roleOf(User user) {
        return listMembers.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null)).items()
                .stream().filter(m -> m.user().id().equals(user.id())).map(m -> m.member().role()).findFirst();
    }

    @Nested
    class AMemberLeaves {
        @Test
        void an_editor_leaves_and_a_partial_editor_leaves_with_their_assignments() {
            var editor = world.aUser();
            var partial = world.aUser();
            var ds = world.subjectOf(organization, "ds-1");
            world.member(organization, admin, editor, MemberRole.EDITOR);
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds));

            var left = leave.leave(new LeaveOrganization(as(editor), organization.id()));
            leave.leave(new LeaveOrganization(as(partial), organization.id()));

            assertThat(left.role()).isEqualTo(MemberRole.EDITOR);
            assertThat(roleOf(editor)).isEmpty();
            assertThat(roleOf(partial)).isEmpty();
            assertThat(world.ports.assignments().of(organization.id(), partial.id())).isEmpty();
            assertThat(world.store.events()).last().isInstanceOf(MembershipEvent.MemberLeft.class);
        }

        @Test
        void an_admin_leaves_when_another_admin_stays() {
            var other = world.aUser();
            world.member(organization, admin, other, MemberRole.ADMIN);

            leave.leave(new LeaveOrganization(as(admin), organization.id()));

            assertThat(listMembers.list(new ListMembers(as(other), organization.id(), Optional.empty(), null))
                    .items()).extracting(d -> d.user().id()).containsExactly(other.id());
        }

        @Test
        void the_last_admin_cannot_leave() {
            world.member(organization, admin, world.aUser(), MemberRole.EDITOR);

            var refused = catchThrowableOfType(RuleBroken.class,
                    () -> leave.leave(new LeaveOrganization(as(admin), organization.id())));

            assertThat(refused.rule()).isEqualTo(Rule.LAST_ADMIN);
            assertThat(refused.getMessage()).contains(organization.id().value());
            assertThat(roleOf(admin)).contains(MemberRole.ADMIN);
        }

        @Test
        void someone_who_is_not_a_member_has_nothing_to_leave() {
            assertThatThrownBy(() -> leave.leave(new LeaveOrganization(as(world.aUser()), organization.id())))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> leave.leave(new LeaveOrganization(Actor.anonymous(), organization.id())))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class TheLastAdminHandsOverAndLeavesInOneStep {
        private final User successor = world.aUser();

        @Test
        void the_successor_becomes_admin_and_the_caller_is_gone() {
            world.member(organization, admin, successor, MemberRole.EDITOR);

            var promoted = handOver.handOver(new HandOverAndLeave(as(admin), organization.id(), successor.id()));

            assertThat(promoted.role()).isEqualTo(MemberRole.ADMIN);
            assertThat(roleOf(admin)).isEmpty();
            var events = world.store.events();
            assertThat(events.subList(events.size() - 2, events.size())).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("MemberRoleChanged", "MemberLeft");
        }

        @Test
        void a_successor_who_is_not_a_member_refuses_the_whole_step() {
            assertThatThrownBy(() -> handOver.handOver(new HandOverAndLeave(as(admin), organization.id(),
                    successor.id()))).isInstanceOf(NotFound.class);
            assertThat(roleOf(admin)).contains(MemberRole.ADMIN);
        }

        @Test
        void the_caller_is_not_their_own_successor_and_must_manage_members() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertInvalidInput("successor", () -> handOver.handOver(new HandOverAndLeave(as(admin), organization.id(),
                    admin.id())));
            assertThatThrownBy(() -> handOver.handOver(new HandOverAndLeave(as(editor), organization.id(),
                    admin.id()))).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class TheLastAdminIsNeverDemotedRemovedOrDeleted {
        @Test
        void demoting_or_removing_them_is_refused_naming_the_organization() {
            var demotion = catchThrowableOfType(RuleBroken.class, () -> changeRole.change(new ChangeMemberRole(
                    as(admin), organization.id(), admin.id(), MemberRole.EDITOR)));
            var removal = catchThrowableOfType(RuleBroken.class, () -> remove.remove(new RemoveMember(as(admin),
                    organization.id(), admin.id())));

            assertThat(List.of(demotion, removal)).extracting(RuleBroken::rule).containsOnly(Rule.LAST_ADMIN);
            assertThat(demotion.getMessage()).contains(organization.id().value());
            assertThat(removal.getMessage()).contains(organization.id().value());
        }

        @Test
        void deleting_their_account_is_refused_listing_every_organization_concerned() {
            var second = world.organizationOf(admin);
            var shared = world.organizationOf(admin);
            world.member(shared, admin, world.aUser(), MemberRole.ADMIN);

            var refused = catchThrowableOfType(RuleBroken.class,
                    () -> deleteMyAccount.delete(new DeleteMyAccount(as(admin))));

            assertThat(refused.rule()).isEqualTo(Rule.LAST_ADMIN);
            assertThat(refused.getMessage()).contains(organization.id().value(), second.id().value())
                    .doesNotContain(shared.id().value());
        }

        @Test
        void once_another_admin_exists_each_of_them_is_allowed() {
            var other = world.aUser();
            world.member(organization, admin, other, MemberRole.ADMIN);

            changeRole.change(new ChangeMemberRole(as(other), organization.id(), admin.id(), MemberRole.EDITOR));

            assertThat(roleOf(admin)).contains(MemberRole.EDITOR);
        }
    }

    @Nested
    class MembersAreCountedByRole {
        @Test
        void every_role_is_counted_and_the_total_is_their_sum() {
            world.member(organization, admin, world.aUser(), MemberRole.EDITOR);
            world.member(organization, admin, world.aUser(), MemberRole.EDITOR);
            world.member(organization, admin, world.aUser(), MemberRole.PARTIAL_EDITOR);

            var counts = count.count(new CountMembers(Actor.anonymous(), organization.id()));

            assertThat(counts.of(MemberRole.ADMIN)).isEqualTo(1);
            assertThat(counts.of(MemberRole.EDITOR)).isEqualTo(2);
            assertThat(counts.of(MemberRole.PARTIAL_EDITOR)).isEqualTo(1);
            assertThat(counts.total()).isEqualTo(4);
        }

        @Test
        void a_deleted_organization_is_counted_for_its_members_only() {
            deleteOrganization.delete(new DeleteOrganization(as(admin), organization.id()));

            assertThat(count.count(new CountMembers(as(admin), organization.id())).total()).isEqualTo(1);
            assertThatThrownBy(() -> count.count(new CountMembers(as(world.aUser()), organization.id())))
                    .isInstanceOf(Gone.class);
        }
    }

    @Nested
    class MembersAreSearchedByNameOrEmailPrefix {
        private final User bob = world.user(TestUsers.aUser().named("Bob", "Martin").email("bob@agglo.example.org"));
        private final User chloe = world.user(TestUsers.aUser().named("Chloé", "Durand").email("cd@example.org"));

        private List<String> found(Optional<MemberRole> role, String q) {
            return listMembers.list(new ListMembers(as(admin), organization.id(), role, Optional.of(q),
                    PageRequest.firstPage())).items().stream().map(MemberDetails::user).map(User::firstName).toList();
        }

        @Test
        void a_prefix_of_a_first_name_last_name_or_address_finds_them_ignoring_case() {
            world.member(organization, admin, bob, MemberRole.EDITOR);
            world.member(organization, admin, chloe, MemberRole.PARTIAL_EDITOR);

            assertThat(found(Optional.empty(), "MAR")).containsExactly("Bob");
            assertThat(found(Optional.empty(), "chl")).containsExactly("Chloé");
            assertThat(found(Optional.empty(), "cd@")).containsExactly("Chloé");
            assertThat(found(Optional.of(MemberRole.PARTIAL_EDITOR), "b")).isEmpty();
        }

        @Test
        void a_blank_search_lists_everyone_and_a_non_member_is_never_found() {
            world.member(organization, admin, bob, MemberRole.EDITOR);

            assertThat(found(Optional.empty(), "  ")).hasSize(2);
            assertThat(found(Optional.empty(), "chl")).isEmpty();
        }
    }
}
