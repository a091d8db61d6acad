package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.follow.ListFollowers;
import io.memberkit.application.port.in.follow.ListFollowersUseCase;
import io.memberkit.application.port.in.follow.StartFollowing;
import io.memberkit.application.port.in.follow.StartFollowingUseCase;
import io.memberkit.application.port.in.me.DeleteMyAccount;
import io.memberkit.application.port.in.me.DeleteMyAccountUseCase;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.GetMeUseCase;
import io.memberkit.application.port.in.me.GetMyMembership;
import io.memberkit.application.port.in.me.GetMyMembershipUseCase;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.me.ListMyOrganizationsUseCase;
import io.memberkit.application.port.in.me.MyOrganization;
import io.memberkit.application.port.in.me.UpdateMyProfile;
import io.memberkit.application.port.in.me.UpdateMyProfileUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.application.port.in.user.GetUser;
import io.memberkit.application.port.in.user.GetUserUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeUseCasesTest {
    private final World world = new World();
    private final GetMeUseCase getMe = world.me;
    private final UpdateMyProfileUseCase updateMyProfile = world.me;
    private final DeleteMyAccountUseCase deleteMyAccount = world.me;
    private final ListMyOrganizationsUseCase myOrganizations = world.me;
    private final GetMyMembershipUseCase myMembership = world.me;
    private final ListMembersUseCase listMembers = world.members;
    private final GetUserUseCase getUser = world.users;
    private final StartFollowingUseCase follow = world.follows;
    private final ListFollowersUseCase followers = world.follows;
    private final DeleteOrganizationUseCase deleteOrganization = world.organizations;

    private final User me = world.aUser();

    @Nested
    class GettingMyAccount {
        @Test
        void a_signed_in_user_gets_their_account() {
            assertThat(getMe.get(new GetMe(as(me))).id()).isEqualTo(me.id());
        }

        @Test
        void an_anonymous_actor_has_no_account() {
            assertThatThrownBy(() -> getMe.get(new GetMe(Actor.anonymous()))).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class UpdatingMyProfile {
        @Test
        void names_and_email_change_but_site_roles_stay_as_they_are() {
            var siteAdmin = world.aSiteAdmin();

            var renamed = updateMyProfile.update(new UpdateMyProfile(as(me), Changes.names("Grace", "Hopper")));
            var moved = updateMyProfile.update(new UpdateMyProfile(as(siteAdmin), Changes.email("new@example.org")));

            assertThat(renamed.fullName()).isEqualTo("Grace Hopper");
            assertThat(renamed.roles()).isEmpty();
            assertThat(moved.email().value()).isEqualTo("new@example.org");
            assertThat(moved.roles()).containsExactly(SiteRole.ADMIN);
        }

        @Test
        void a_url_in_a_name_is_refused_naming_the_field() {
            assertInvalidInput("first_name", () -> updateMyProfile.update(new UpdateMyProfile(as(me),
                    Changes.firstName("https://spam.example"))));
            assertInvalidInput("last_name", () -> updateMyProfile.update(new UpdateMyProfile(as(me),
                    Changes.lastName("www.spam.com"))));
            assertThat(getMe.get(new GetMe(as(me))).fullName()).isEqualTo(me.fullName());
        }

        @Test
        void an_invalid_email_or_website_is_refused_naming_the_field() {
            assertInvalidInput("email", () -> updateMyProfile.update(new UpdateMyProfile(as(me),
                    Changes.email("not an email"))));
            assertInvalidInput("website", () -> updateMyProfile.update(new UpdateMyProfile(as(me),
                    Changes.website("ftp:/nowhere"))));
        }

        @Test
        void an_email_taken_by_another_account_is_refused() {
            world.user(TestUsers.aUser().email("taken@example.org"));

            assertRuleBroken(Rule.EMAIL_TAKEN, () -> updateMyProfile.update(new UpdateMyProfile(as(me),
                    Changes.email("taken@example.org"))));
        }

        @Test
        void an_anonymous_actor_has_no_profile_to_update() {
            assertThatThrownBy(() -> updateMyProfile.update(new UpdateMyProfile(Actor.anonymous(),
                    Changes.firstName("Nobody")))).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class DeletingMyAccount {
        private final User admin = world.aUser();
        private final Organization organization = world.organizationOf(admin);

        @Test
        void the_account_is_anonymised_and_gone() {
            var deleted = deleteMyAccount.delete(new DeleteMyAccount(as(me)));

            assertThat(deleted.firstName()).isEqualTo("DELETED");
            assertThat(deleted.lastName()).isEqualTo("DELETED");
            assertThat(deleted.email().value()).endsWith("@deleted.invalid").doesNotContain("example.org");
            assertThat(deleted.isDeleted()).isTrue();
            assertThatThrownBy(() -> getUser.get(new GetUser(as(admin), me.id()))).isInstanceOf(Gone.class);
        }

        @Test
        void the_account_leaves_its_organizations_and_its_follows_go() {
            world.member(organization, admin, me, MemberRole.EDITOR);
            follow.follow(new StartFollowing(as(me), new FollowTarget.OfUser(admin.id())));

            deleteMyAccount.delete(new DeleteMyAccount(as(me)));

            assertThat(listMembers.list(new ListMembers(as(admin), organization.id(), Optional.empty(), null))
                    .items()).extracting(m -> m.user().id()).containsExactly(admin.id());
            assertThat(followers.list(new ListFollowers(as(admin), new FollowTarget.OfUser(admin.id()), null))
                    .total()).isZero();
        }

        @Test
        void the_last_admin_of_an_organization_cannot_delete_their_account() {
            assertRuleBroken(Rule.LAST_ADMIN, () -> deleteMyAccount.delete(new DeleteMyAccount(as(admin))));
            assertThat(getMe.get(new GetMe(as(admin))).isDeleted()).isFalse();
        }

        @Test
        void an_anonymous_actor_has_no_account_to_delete() {
            assertThatThrownBy(() -> deleteMyAccount.delete(new DeleteMyAccount(Actor.anonymous())))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class ListingMyOrganizations {
        @Test
        void my_organizations_come_with_my_role() {
            var admin = world.aUser();
            var organization = world.organizationOf(admin);
            world.member(organization, admin, me, MemberRole.PARTIAL_EDITOR);

            assertThat(myOrganizations.list(new ListMyOrganizations(as(me)))).singleElement().satisfies(mine -> {
                assertThat(mine.organization().id()).isEqualTo(organization.id());
                assertThat(mine.membership().role()).isEqualTo(MemberRole.PARTIAL_EDITOR);
            });
        }

        @Test
        void deleted_organizations_are_left_out() {
            var kept = world.organizationOf(me);
            var deleted = world.organizationOf(me);
            deleteOrganization.delete(new DeleteOrganization(as(me), deleted.id()));

            assertThat(myOrganizations.list(new ListMyOrganizations(as(me))))
                    .extracting(MyOrganization::organization).extracting(Organization::id)
                    .containsExactly(kept.id());
        }

        @Test
        void my_membership_of_one_organization_is_my_role_there() {
            var admin = world.aUser();
            var organization = world.organizationOf(admin);
            world.member(organization, admin, me, MemberRole.EDITOR);

            assertThat(myMembership.get(new GetMyMembership(as(me), organization.id())))
                    .hasValueSatisfying(mine -> assertThat(mine.role()).isEqualTo(MemberRole.EDITOR));
        }

        @Test
        void an_organization_i_do_not_belong_to_gives_no_membership() {
            var organization = world.organizationOf(world.aUser());

            assertThat(myMembership.get(new GetMyMembership(as(me), organization.id()))).isEmpty();
        }

        @Test
        void a_deleted_organization_gives_no_membership_as_it_is_not_among_my_organizations() {
            var organization = world.organizationOf(me);
            deleteOrganization.delete(new DeleteOrganization(as(me), organization.id()));

            assertThat(myMembership.get(new GetMyMembership(as(me), organization.id()))).isEmpty();
        }

        @Test
        void an_anonymous_actor_has_no_membership_to_ask_for() {
            var organization = world.organizationOf(world.aUser());

            assertThatThrownBy(() -> myMembership.get(new GetMyMembership(Actor.anonymous(), organization.id())))
                    .isInstanceOf(Forbidden.class);
        }
    }
}
