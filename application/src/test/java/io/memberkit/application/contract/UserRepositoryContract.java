package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserQuery.UserSort;
import io.memberkit.application.port.out.UserRepository.DeletionOptions;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.Accounts;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@code UserRepository} does. */
public abstract class UserRepositoryContract extends PortContract {

    @Test
    void an_added_user_is_found_with_every_field() {
        var user = new User(new UserId("u-full"), new Slug("grace-hopper"), "Grace", "Hopper",
                new EmailAddress("grace@example.org"), "Admiral", new WebUrl("https://navy.example.org"),
                "https://example.org/a.png", Set.of(SiteRole.ADMIN), true, t(0), t(5), null, false);
        run(() -> out.users().add(user));

        assertThat(out.users().find(user.id())).contains(user);
    }

    @Test
    void an_unknown_user_is_absent() {
        assertThat(out.users().find(new UserId("nobody"))).isEmpty();
    }

    @Test
    void a_user_is_found_by_email() {
        var user = user(TestUsers.aUser().email("ada@example.org"));

        assertThat(out.users().findByEmail(new EmailAddress("ada@example.org"))).contains(user);
        assertThat(out.users().findByEmail(new EmailAddress("bob@example.org"))).isEmpty();
    }

    @Test
    void slugs_are_unique() {
        var user = aUser();

        assertThat(out.users().slugExists(user.slug())).isTrue();
        assertThat(out.users().slugExists(new Slug("free-slug"))).isFalse();
        var clash = TestUsers.aUser().build();
        var sameSlug = new User(clash.id(), user.slug(), "Other", "Person", null, null, null, null, Set.of(), true,
                t(0), null, null, false);
        assertThatThrownBy(() -> run(() -> out.users().add(sameSlug))).isInstanceOf(Conflict.class);
    }

    @Test
    void a_usable_site_admin_is_known_to_exist() {
        user(TestUsers.aUser());
        user(TestUsers.aSiteAdmin().inactive());
        assertThat(out.users().anySiteAdmin()).isFalse();

        user(TestUsers.aSiteAdmin());
        assertThat(out.users().anySiteAdmin()).isTrue();
    }

    @Test
    void an_address_is_kept_unverified_until_marked_verified() {
        var user = user(TestUsers.aUser().email("new@example.org").emailUnverified());

        assertThat(out.users().find(user.id())).get().extracting(User::emailVerified).isEqualTo(false);

        run(() -> out.users().markEmailVerified(user.id()));

        assertThat(out.users().find(user.id())).contains(user.withEmailVerified());
    }

    @Test
    void an_update_is_kept() {
        var user = aUser();
        var updated = user.withRoles(Set.of(SiteRole.ADMIN)).withActive(false);
        run(() -> out.users().update(updated));

        assertThat(out.users().find(user.id())).contains(updated);
    }

    @Test
    void an_own_profile_update_is_kept() {
        var user = aUser();
        var updated = new User(user.id(), user.slug(), "Renamed", user.lastName(), user.email(), "about me", null,
                null, user.roles(), user.active(), user.since(), user.lastLogin(), null, user.emailVerified());
        run(() -> out.users().updateOwnProfile(updated));

        assertThat(out.users().find(user.id())).contains(updated);
    }

    @Nested
    class Listing {
        @Test
        void lists_users_not_deleted_sorted_and_paged() {
            user(TestUsers.aUser().named("Ada", "Byron"));
            user(TestUsers.aUser().named("Bob", "Cray"));
            user(TestUsers.aUser().named("Cy", "Allen"));
            user(TestUsers.aUser().named("Dee", "Dorr").deleted());

            var byLastName = new UserQuery(Optional.empty(), SortOrder.ascending(UserSort.LAST_NAME));
            var first = out.users().list(byLastName, new PageRequest(1, 2));
            var second = out.users().list(byLastName, new PageRequest(2, 2));

            assertThat(first.items()).extracting(User::lastName).containsExactly("Allen", "Byron");
            assertThat(first.total()).isEqualTo(3);
            assertThat(first.hasNext()).isTrue();
            assertThat(second.items()).extracting(User::lastName).containsExactly("Cray");
            assertThat(second.hasNext()).isFalse();
        }

        @Test
        void sorts_descending() {
            user(TestUsers.aUser().named("Ada", "Byron"));
            user(TestUsers.aUser().named("Cy", "Allen"));

            var page = out.users().list(new UserQuery(Optional.empty(), SortOrder.descending(UserSort.LAST_NAME)),
                    PageRequest.firstPage());

            assertThat(page.items()).extracting(User::lastName).containsExactly("Byron", "Allen");
        }

        @Test
        void searches_names_and_email_by_prefix_ignoring_case() {
            user(TestUsers.aUser().named("Ada", "Byron").email("countess@example.org"));
            user(TestUsers.aUser().named("Bob", "Ada").email("bob@example.org"));
            user(TestUsers.aUser().named("Cy", "Allen").email("adam@example.org"));
            user(TestUsers.aUser().named("Dee", "Dorr").email("dee@example.org"));

            var page = out.users().list(new UserQuery(Optional.of("ADA"), SortOrder.ascending(UserSort.FIRST_NAME)),
                    PageRequest.firstPage());

            assertThat(page.items()).extracting(User::firstName).containsExactly("Ada", "Bob", "Cy");
        }
    }

    @Nested
    class Suggest {
        @Test
        void suggests_usable_users_by_prefix_of_names_or_slug() {
            user(TestUsers.aUser().named("Agnès", "Varda"));
            user(TestUsers.aUser().named("Paul", "Vallée"));
            user(TestUsers.aUser().named("Vanessa", "Paradis").inactive());
            user(TestUsers.aUser().named("Zoe", "Zed"));

            var found = out.users().suggest("va", 10);

            assertThat(found).extracting(User::lastName).containsExactlyInAnyOrder("Varda", "Vallée");
        }

        @Test
        void suggests_at_most_size_users() {
            for (int i = 0; i < 5; i++) {
                user(TestUsers.aUser().named("Martin", "Martin" + i));
            }

            assertThat(out.users().suggest("mart", 3)).hasSize(3);
        }
    }

    @Nested
    class Deletion {
        @Test
        void a_deleted_account_keeps_only_its_anonymised_self_and_leaves_everything() {
            var admin = aUser();
            var user = aUser();
            var organization = organizationOf(admin);
            member(organization, user, MemberRole.EDITOR, t(1));
            run(() -> out.follows().follow(new Follow(user.id(), new FollowTarget.OfUser(admin.id()), t(2))));
            var anonymised = Accounts.anonymised(user, t(3));

            run(() -> out.users().delete(anonymised, new DeletionOptions(false, true)));

            assertThat(out.users().find(user.id())).contains(anonymised);
            assertThat(out.members().find(organization.id(), user.id())).isEmpty();
            assertThat(out.follows().count(new FollowTarget.OfUser(admin.id()))).isZero();
        }

        @Test
        void deleting_ones_own_account_does_the_same() {
            var admin = aUser();
            var user = aUser();
            var organization = organizationOf(admin);
            member(organization, user, MemberRole.EDITOR, t(1));

            run(() -> out.users().deleteOwnAccount(Accounts.anonymised(user, t(3))));

            assertThat(out.users().find(user.id())).get().extracting(User::isDeleted).isEqualTo(true);
            assertThat(out.members().membershipsOf(user.id())).isEmpty();
        }
    }
}
