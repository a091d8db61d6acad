package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.AcceptInvitationUseCase;
import io.memberkit.application.port.in.me.DeleteMyAccount;
import io.memberkit.application.port.in.me.DeleteMyAccountUseCase;
import io.memberkit.application.port.in.me.UpdateMyProfile;
import io.memberkit.application.port.in.me.UpdateMyProfileUseCase;
import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.AddMemberUseCase;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.member.ListMembersAfterUseCase;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.organization.GetOrganizationUseCase;
import io.memberkit.application.port.in.user.DeleteUser;
import io.memberkit.application.port.in.user.DeleteUserUseCase;
import io.memberkit.application.port.in.user.GetUser;
import io.memberkit.application.port.in.user.GetUserUseCase;
import io.memberkit.application.port.in.user.MarkEmailVerified;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent.MemberAdded;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberUseCasesTest {
    private final World world = new World();
    private final InviteMemberUseCase invite = world.members;
    private final AddMemberUseCase add = world.members;
    private final AcceptInvitationUseCase acceptInvitation = world.requests;
    private final ChangeMemberRoleUseCase changeRole = world.members;
    private final RemoveMemberUseCase remove = world.members;
    private final ListMembersUseCase listMembers = world.members;
    private final ListMembersAfterUseCase listMembersAfter = world.members;
    private final DeleteMyAccountUseCase deleteMyAccount = world.me;
    private final DeleteUserUseCase deleteUser = world.users;
    private final UpdateMyProfileUseCase updateMyProfile = world.me;
    private final GetUserUseCase getUser = world.users;
    private final GetOrganizationUseCase getOrganization = world.organizations;
    private final DeleteOrganizationUseCase deleteOrganization = world.organizations;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);

    private List<Member> members() {
        return listMembers.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null)).items()
                .stream().map(d -> d.member()).toList();
    }

    private Optional<MemberRole> roleOf(User user) {
        return members().stream().filter(m -> m.user().equals(user.id())).map(Member::role).findFirst();
    }

    @Nested
    class AUserIsAMemberAtMostOnce {
        @Test
        void an_invited_user_becomes_a_member_once() {
            var user = world.aUser();

            world.member(organization, admin, user, MemberRole.EDITOR);

            assertThat(members()).extracting(Member::user).containsExactly(admin.id(), user.id());
        }

        @Test
        void a_second_invitation_accepted_after_joining_is_refused() {
            // an email invitation waits for an address the user only takes after joining by another invitation
            var byEmail = invite.invite(new InviteMember(as(admin), organization.id(),
                    new Invitee.ByEmail(new EmailAddress("newcomer@example.org")), MemberRole.EDITOR, Set.of(), null));
            var user = world.aUser();
            world.member(organization, admin, user, MemberRole.PARTIAL_EDITOR);
            updateMyProfile.update(new UpdateMyProfile(as(user), Changes.email("newcomer@example.org")));
            // a changed address is unverified until the platform confirms it
            world.users.mark(new MarkEmailVerified(as(world.aSiteAdmin()), user.id()));

            assertRuleBroken(Rule.ALREADY_MEMBER,
                    () -> acceptInvitation.accept(new AcceptInvitation(as(user), byEmail.id())));
            assertThat(members()).filteredOn(m -> m.user().equals(user.id())).singleElement()
                    .extracting(Member::role).isEqualTo(MemberRole.PARTIAL_EDITOR);
        }
    }

    @Nested
    class AnAdminAddsAMemberDirectly {
        private final User newcomer = world.aUser();

        @Test
        void an_admin_adds_an_account_which_is_a_member_at_once_and_audited() {
            var added = add.add(new AddMember(as(admin), organization.id(), newcomer.id(), MemberRole.EDITOR));

            assertThat(added.role()).isEqualTo(MemberRole.EDITOR);
            assertThat(roleOf(newcomer)).contains(MemberRole.EDITOR);
            assertThat(world.store.events()).last().isEqualTo(new MemberAdded(admin.id(), added.since(),
                    organization.id(), newcomer.id(), MemberRole.EDITOR));
        }

        @Test
        void a_mere_editor_may_not_add_anyone() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> add.add(new AddMember(as(editor), organization.id(), newcomer.id(),
                    MemberRole.EDITOR))).isInstanceOf(Forbidden.class);
            assertThat(roleOf(newcomer)).isEmpty();
        }

        @Test
        void a_member_is_not_added_twice() {
            world.member(organization, admin, newcomer, MemberRole.PARTIAL_EDITOR);

            assertRuleBroken(Rule.ALREADY_MEMBER, () -> add.add(new AddMember(as(admin), organization.id(),
                    newcomer.id(), MemberRole.ADMIN)));
            assertThat(roleOf(newcomer)).contains(MemberRole.PARTIAL_EDITOR);
        }

        @Test
        void an_unknown_account_is_refused_naming_the_user() {
            assertThatThrownBy(() -> add.add(new AddMember(as(admin), organization.id(),
                    new UserId("nobody"), MemberRole.EDITOR)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsOnlyKeys("user"));
        }
    }

    @Nested
    class TheLastAdminStays {
        private final User editor = world.aUser();

        @Test
        void removing_the_last_admin_is_refused() {
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertRuleBroken(Rule.LAST_ADMIN,
                    () -> remove.remove(new RemoveMember(as(admin), organization.id(), admin.id())));
            assertRuleBroken(Rule.LAST_ADMIN,
                    () -> remove.remove(new RemoveMember(as(world.aSiteAdmin()), organization.id(), admin.id())));
            assertThat(roleOf(admin)).contains(MemberRole.ADMIN);
        }

        @Test
        void demoting_the_last_admin_is_refused() {
            assertRuleBroken(Rule.LAST_ADMIN, () -> changeRole.change(new ChangeMemberRole(as(admin),
                    organization.id(), admin.id(), MemberRole.EDITOR)));
            assertThat(roleOf(admin)).contains(MemberRole.ADMIN);
        }

        @Test
        void with_two_admins_one_may_be_removed() {
            var second = world.aUser();
            world.member(organization, admin, second, MemberRole.ADMIN);

            remove.remove(new RemoveMember(as(second), organization.id(), admin.id()));

            assertThat(members()).extracting(Member::user).containsExactly(second.id());
        }

        @Test
        void with_two_admins_one_may_step_down() {
            var second = world.aUser();
            world.member(organization, admin, second, MemberRole.ADMIN);

            var demoted = changeRole.change(new ChangeMemberRole(as(admin), organization.id(), admin.id(),
                    MemberRole.EDITOR));

            assertThat(demoted.role()).isEqualTo(MemberRole.EDITOR);
            assertThat(roleOf(second)).contains(MemberRole.ADMIN);
        }

        @Test
        void the_last_admin_cannot_delete_their_account() {
            assertRuleBroken(Rule.LAST_ADMIN, () -> deleteMyAccount.delete(new DeleteMyAccount(as(admin))));
            assertThat(roleOf(admin)).contains(MemberRole.ADMIN);
        }

        @Test
        void a_site_admin_cannot_delete_the_account_of_a_last_admin() {
            var siteAdmin = world.aSiteAdmin();

            assertRuleBroken(Rule.LAST_ADMIN,
                    () -> deleteUser.delete(new DeleteUser(as(siteAdmin), admin.id(), true, false)));
            assertThat(getUser.get(new GetUser(as(siteAdmin), admin.id())).isDeleted()).isFalse();
        }

        @Test
        void one_of_two_admins_may_delete_their_account() {
            var second = world.aUser();
            world.member(organization, admin, second, MemberRole.ADMIN);

            deleteMyAccount.delete(new DeleteMyAccount(as(admin)));

            assertThat(listMembers.list(new ListMembers(as(second), organization.id(), Optional.empty(), null))
                    .items()).extracting(d -> d.member().user()).containsExactly(second.id());
        }

        @Test
        void a_site_admin_may_delete_the_account_of_one_of_two_admins() {
            var second = world.aUser();
            world.member(organization, admin, second, MemberRole.ADMIN);

            deleteUser.delete(new DeleteUser(as(world.aSiteAdmin()), admin.id(), true, false));

            assertThat(listMembers.list(new ListMembers(as(second), organization.id(), Optional.empty(), null))
                    .items()).extracting(d -> d.member().user()).containsExactly(second.id());
        }

        @Test
        void the_last_admin_of_a_deleted_organization_may_delete_their_account() {
            deleteOrganization.delete(new DeleteOrganization(as(admin), organization.id()));

            assertThat(deleteMyAccount.delete(new DeleteMyAccount(as(admin))).isDeleted()).isTrue();
        }
    }

    @Nested
    class OnlyAnAdminChangesRoles {
        private final User editor = world.aUser();

        @Test
        void an_admin_promotes_an_editor() {
            world.member(organization, admin, editor, MemberRole.EDITOR);

            var promoted = changeRole.change(new ChangeMemberRole(as(admin), organization.id(), editor.id(),
                    MemberRole.ADMIN));

            assertThat(promoted.role()).isEqualTo(MemberRole.ADMIN);
            assertThat(roleOf(editor)).contains(MemberRole.ADMIN);
        }

        @Test
        void an_editor_is_forbidden() {
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> changeRole.change(new ChangeMemberRole(as(editor), organization.id(),
                    editor.id(), MemberRole.ADMIN))).isInstanceOf(Forbidden.class);
            assertThat(roleOf(editor)).contains(MemberRole.EDITOR);
        }

        @Test
        void a_user_who_is_not_a_member_is_not_found() {
            assertThatThrownBy(() -> changeRole.change(new ChangeMemberRole(as(admin), organization.id(),
                    editor.id(), MemberRole.ADMIN))).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class OnlyAnAdminRemovesMembers {
        private final User editor = world.aUser();

        @Test
        void an_admin_removes_an_editor_and_the_member_count_drops() {
            world.member(organization, admin, editor, MemberRole.EDITOR);

            remove.remove(new RemoveMember(as(admin), organization.id(), editor.id()));

            assertThat(members()).extracting(Member::user).containsExactly(admin.id());
            assertThat(getOrganization.get(new GetOrganization(as(admin), organization.id().value()))
                    .metrics().members()).isEqualTo(1);
        }

        @Test
        void an_editor_is_forbidden() {
            var other = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);
            world.member(organization, admin, other, MemberRole.EDITOR);

            assertThatThrownBy(() -> remove.remove(new RemoveMember(as(editor), organization.id(), other.id())))
                    .isInstanceOf(Forbidden.class);
            assertThat(roleOf(other)).contains(MemberRole.EDITOR);
        }

        @Test
        void a_user_who_is_not_a_member_is_not_found() {
            assertThatThrownBy(() -> remove.remove(new RemoveMember(as(admin), organization.id(), editor.id())))
                    .isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class ListingMembers {
        @Test
        void members_are_listed_oldest_first_and_by_role() {
            var editor = world.aUser();
            var partial = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR);

            assertThat(members()).extracting(Member::user).containsExactly(admin.id(), editor.id(), partial.id());
            assertThat(listMembers.list(new ListMembers(Actor.anonymous(), organization.id(),
                    Optional.of(MemberRole.PARTIAL_EDITOR), null)).items())
                    .extracting(d -> d.user().id()).containsExactly(partial.id());
        }

        @Test
        void the_members_of_a_deleted_organization_are_gone_to_outsiders() {
            deleteOrganization.delete(new DeleteOrganization(as(admin), organization.id()));

            assertThat(members()).extracting(Member::user).containsExactly(admin.id());
            assertThatThrownBy(() -> listMembers.list(new ListMembers(as(world.aUser()), organization.id(),
                    Optional.empty(), null))).isInstanceOf(Gone.class);
        }
    }

    @Nested
    class ListingMembersByCursor {
        @Test
        void every_member_is_read_once_page_after_page_oldest_first() {
            var joined = new ArrayList<>(List.of(admin.id()));
            for (int i = 0; i < 4; i++) {
                world.clock.advance(Duration.ofMinutes(1));
                var user = world.aUser();
                world.member(organization, admin, user, MemberRole.EDITOR);
                joined.add(user.id());
            }

            var read = new ArrayList<>();
            var query = ListMembersAfter.first(as(admin), organization.id(), 2);
            var page = listMembersAfter.list(query);
            read.addAll(page.items().stream().map(d -> d.user().id()).toList());
            while (page.hasNext()) {
                page = listMembersAfter.list(query.next(page.next().orElseThrow()));
                read.addAll(page.items().stream().map(d -> d.user().id()).toList());
            }

            assertThat(read).containsExactlyElementsOf(joined);
        }

        @Test
        void a_live_organizations_members_are_the_same_whoever_asks() {
            world.member(organization, admin, world.aUser(), MemberRole.EDITOR);

            var byAdmin = listMembersAfter.list(ListMembersAfter.first(as(admin), organization.id(), 10)).items();
            var byAnyone = listMembersAfter.list(ListMembersAfter.first(Actor.anonymous(), organization.id(), 10))
                    .items();

            assertThat(byAnyone).hasSize(2).isEqualTo(byAdmin);
        }

        @Test
        void an_unknown_organization_is_not_found() {
            assertThatThrownBy(() -> listMembersAfter.list(ListMembersAfter.first(as(admin),
                    new io.memberkit.domain.common.OrganizationId("no-such-organization"), 10)))
                    .isInstanceOf(io.memberkit.domain.error.NotFound.class);
        }

        @Test
        void a_token_that_is_not_a_cursor_is_bad_input_naming_after() {
            var query = ListMembersAfter.first(as(admin), organization.id(), 2);

            assertThatThrownBy(() -> query.next("not-a-cursor")).isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("after");
        }

        @Test
        void the_members_of_a_deleted_organization_are_gone_to_outsiders() {
            deleteOrganization.delete(new DeleteOrganization(as(admin), organization.id()));

            assertThat(listMembersAfter.list(ListMembersAfter.first(as(admin), organization.id(), 10)).items())
                    .extracting(d -> d.user().id()).containsExactly(admin.id());
            assertThatThrownBy(() -> listMembersAfter.list(
                    ListMembersAfter.first(as(world.aUser()), organization.id(), 10))).isInstanceOf(Gone.class);
        }
    }
}
