package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static io.memberkit.application.usecase.Refusals.assertRuleBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.user.CreateUser;
import io.memberkit.application.port.in.user.CreateUserUseCase;
import io.memberkit.application.port.in.user.DeleteUser;
import io.memberkit.application.port.in.user.DeleteUserUseCase;
import io.memberkit.application.port.in.user.GetUser;
import io.memberkit.application.port.in.user.GetUserUseCase;
import io.memberkit.application.port.in.user.ListUsers;
import io.memberkit.application.port.in.user.ListUsersUseCase;
import io.memberkit.application.port.in.user.SuggestUsers;
import io.memberkit.application.port.in.user.SuggestUsersUseCase;
import io.memberkit.application.port.in.user.UpdateUser;
import io.memberkit.application.port.in.user.UpdateUserUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.ProfileChanges;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import io.memberkit.domain.user.UserProfile;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserUseCasesTest {
    private final World world = new World();
    private final CreateUserUseCase create = world.users;
    private final UpdateUserUseCase update = world.users;
    private final DeleteUserUseCase delete = world.users;
    private final GetUserUseCase get = world.users;
    private final ListUsersUseCase list = world.users;
    private final SuggestUsersUseCase suggest = world.users;

    private final User siteAdmin = world.aSiteAdmin();

    private static UserProfile profile(String first, String last, String email) {
        return new UserProfile(first, last, EmailAddress.parse(email, "email"), null, null, null);
    }

    private User created(String first, String last, String email) {
        return create.create(new CreateUser(as(siteAdmin), profile(first, last, email), Set.of(), true));
    }

    private UpdateUser edit(User actor, User target, ProfileChanges changes) {
        return new UpdateUser(as(actor), target.id(), changes, Optional.empty(), Optional.empty());
    }

    @Nested
    class TheSlugComesFromTheNames {
        @Test
        void accents_are_folded_into_the_slug() {
            assertThat(created("Zoé", "Ñuñez", "zoe@example.org").slug().value()).isEqualTo("zoe-nunez");
        }

        @Test
        void a_clashing_slug_gets_a_numbered_suffix() {
            var first = created("Zoé", "Ñuñez", "zoe1@example.org");
            var second = created("Zoe", "Nunez", "zoe2@example.org");
            var third = created("ZOÉ", "ÑUÑEZ", "zoe3@example.org");

            assertThat(first.slug().value()).isEqualTo("zoe-nunez");
            assertThat(second.slug().value()).isEqualTo("zoe-nunez-1");
            assertThat(third.slug().value()).isEqualTo("zoe-nunez-2");
        }

        @Test
        void names_without_any_letter_or_digit_are_refused() {
            assertInvalidInput("slug", () -> created("-", "?", "dash@example.org"));
        }
    }

    @Nested
    class EmailsAndWebsitesAreValidated {
        @Test
        void a_valid_email_and_website_are_kept() {
            var user = create.create(new CreateUser(as(siteAdmin), new UserProfile("Grace", "Hopper",
                    EmailAddress.parse("grace@example.org", "email"), null,
                    WebUrl.parseOptional("https://grace.example.org", "website"), null), Set.of(), true));

            assertThat(user.email().value()).isEqualTo("grace@example.org");
            assertThat(user.website().value()).isEqualTo("https://grace.example.org");
        }

        @Test
        void an_invalid_email_is_refused_on_the_email_field() {
            assertInvalidInput("email", () -> created("Grace", "Hopper", "grace-at-example.org"));
            assertInvalidInput("email", () -> update.update(edit(siteAdmin, world.aUser(), Changes.email("a@b"))));
        }

        @Test
        void an_invalid_website_is_refused_on_the_website_field() {
            var user = world.aUser();

            assertInvalidInput("website", () -> update.update(edit(siteAdmin, user, Changes.website("foo"))));
        }

        @Test
        void a_site_admin_updates_the_website() {
            var user = world.aUser();

            var updated = update.update(edit(siteAdmin, user, Changes.website("https://example.org/me")));

            assertThat(updated.website().value()).isEqualTo("https://example.org/me");
        }
    }

    @Nested
    class NamesCarryNoLinks {
        @Test
        void a_plain_name_is_accepted() {
            var user = world.aUser();

            var updated = update.update(edit(siteAdmin, user, Changes.names("Anne-Marie", "O'Neil")));

            assertThat(updated.fullName()).isEqualTo("Anne-Marie O'Neil");
        }

        @Test
        void a_url_in_the_first_or_last_name_is_refused_naming_the_field() {
            var user = world.aUser();

            assertInvalidInput("first_name", () -> update.update(edit(siteAdmin, user,
                    Changes.firstName("http://spam.example"))));
            assertInvalidInput("last_name", () -> update.update(edit(siteAdmin, user,
                    Changes.lastName("visit www.spam.com"))));
            assertInvalidInput("first_name", () -> created("https://spam.example", "Bot", "bot@example.org"));
        }
    }

    @Nested
    class OnlySiteAdminsManageAccounts {
        private final User user = world.aUser();

        @Test
        void a_site_admin_lists_creates_and_updates_accounts() {
            var created = created("Grace", "Hopper", "grace@example.org");
            var promoted = update.update(new UpdateUser(as(siteAdmin), created.id(), null,
                    Optional.of(Set.of(SiteRole.ADMIN)), Optional.empty()));

            assertThat(list.list(new ListUsers(as(siteAdmin), null, null)).items()).extracting(User::id)
                    .contains(user.id(), created.id());
            assertThat(promoted.roles()).containsExactly(SiteRole.ADMIN);
        }

        @Test
        void empty_roles_demote_a_site_admin() {
            var other = world.aSiteAdmin();

            var demoted = update.update(new UpdateUser(as(siteAdmin), other.id(), null, Optional.of(Set.of()),
                    Optional.empty()));

            assertThat(demoted.isSiteAdmin()).isFalse();
        }

        @Test
        void listing_is_forbidden_to_other_users_and_anonymous_readers() {
            assertThatThrownBy(() -> list.list(new ListUsers(as(user), null, null))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> list.list(new ListUsers(Actor.anonymous(), null, null)))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void creating_is_forbidden_to_other_users() {
            assertThatThrownBy(() -> create.create(new CreateUser(as(user),
                    profile("Grace", "Hopper", "grace@example.org"), Set.of(), true))).isInstanceOf(Forbidden.class);
        }

        @Test
        void updating_is_forbidden_to_other_users_even_on_their_own_account() {
            assertThatThrownBy(() -> update.update(edit(user, user, Changes.firstName("Me"))))
                    .isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> update.update(new UpdateUser(as(user), user.id(), null,
                    Optional.of(Set.of(SiteRole.ADMIN)), Optional.empty()))).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class DeletedAndInactiveAccountsAreGoneNotUnknown {
        @Test
        void an_active_account_is_shown_to_anyone() {
            var user = world.aUser();

            assertThat(get.get(new GetUser(Actor.anonymous(), user.id())).id()).isEqualTo(user.id());
        }

        @Test
        void an_unknown_id_is_not_found() {
            assertThatThrownBy(() -> get.get(new GetUser(as(siteAdmin), new UserId("nobody"))))
                    .isInstanceOf(NotFound.class);
        }

        @Test
        void a_deleted_account_is_gone_even_to_site_admins() {
            var user = world.aUser();
            delete.delete(new DeleteUser(as(siteAdmin), user.id(), true, false));

            assertThatThrownBy(() -> get.get(new GetUser(as(world.aUser()), user.id()))).isInstanceOf(Gone.class);
            assertThatThrownBy(() -> get.get(new GetUser(as(siteAdmin), user.id()))).isInstanceOf(Gone.class);
        }

        @Test
        void an_inactive_account_is_gone_to_anonymous_readers_and_other_users() {
            var inactive = world.user(TestUsers.aUser().inactive());

            assertThatThrownBy(() -> get.get(new GetUser(Actor.anonymous(), inactive.id())))
                    .isInstanceOf(Gone.class);
            assertThatThrownBy(() -> get.get(new GetUser(as(world.aUser()), inactive.id())))
                    .isInstanceOf(Gone.class);
        }

        @Test
        void a_site_admin_still_sees_an_inactive_account() {
            var inactive = world.user(TestUsers.aUser().inactive());

            assertThat(get.get(new GetUser(as(siteAdmin), inactive.id())).active()).isFalse();
        }
    }

    @Nested
    class TheAdminPathDeletesOthersOnly {
        @Test
        void a_site_admin_deletes_another_account_and_deleting_it_again_is_gone() {
            var user = world.aUser();

            var deleted = delete.delete(new DeleteUser(as(siteAdmin), user.id(), false, false));

            assertThat(deleted.isDeleted()).isTrue();
            assertThatThrownBy(() -> delete.delete(new DeleteUser(as(siteAdmin), user.id(), false, false)))
                    .isInstanceOf(Gone.class);
        }

        @Test
        void a_site_admin_cannot_delete_themselves_here() {
            assertThatThrownBy(() -> delete.delete(new DeleteUser(as(siteAdmin), siteAdmin.id(), true, false)))
                    .isInstanceOf(Forbidden.class);
            assertThat(get.get(new GetUser(as(siteAdmin), siteAdmin.id())).isDeleted()).isFalse();
        }

        @Test
        void another_user_cannot_delete_accounts() {
            var user = world.aUser();

            assertThatThrownBy(() -> delete.delete(new DeleteUser(as(world.aUser()), user.id(), true, false)))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class SuggestionsAreOneToTwentyLong {
        @ParameterizedTest
        @ValueSource(ints = {1, 20})
        void a_size_between_1_and_20_is_accepted(int size) {
            world.user(TestUsers.aUser().named("Suzanne", "Lenglen"));
            world.user(TestUsers.aUser().named("Susan", "Sontag"));

            assertThat(suggest.suggest(new SuggestUsers(Actor.anonymous(), "su", size))).hasSize(Math.min(size, 2));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 21})
        void a_size_outside_1_to_20_is_refused_on_the_size_field(int size) {
            assertInvalidInput("size", () -> suggest.suggest(new SuggestUsers(Actor.anonymous(), "su", size)));
        }
    }

    @Nested
    class AnEmailBelongsToOneAccount {
        private final User holder = world.user(TestUsers.aUser().email("taken@example.org"));

        @Test
        void a_free_email_is_accepted_and_one_may_keep_ones_own() {
            assertThat(created("Grace", "Hopper", "free@example.org").email().value()).isEqualTo("free@example.org");
            assertThat(update.update(edit(siteAdmin, holder, Changes.email("taken@example.org"))).email().value())
                    .isEqualTo("taken@example.org");
        }

        @Test
        void creating_an_account_with_a_taken_email_is_refused() {
            assertRuleBroken(Rule.EMAIL_TAKEN, () -> created("Grace", "Hopper", "taken@example.org"));
        }

        @Test
        void moving_another_account_to_a_taken_email_is_refused() {
            var other = world.aUser();

            assertRuleBroken(Rule.EMAIL_TAKEN, () -> update.update(edit(siteAdmin, other,
                    Changes.email("taken@example.org"))));
        }
    }
}
