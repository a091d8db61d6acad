package io.memberkit.domain.user;

import static io.memberkit.domain.testing.DomainAssertions.assertBreaks;
import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.UserEvent.ProfileUpdated;
import io.memberkit.domain.user.UserEvent.SiteRolesChanged;
import io.memberkit.domain.user.UserEvent.UserActivationChanged;
import io.memberkit.domain.user.UserEvent.UserCreated;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private static final Instant NOW = TestClock.START.plus(Duration.ofHours(1));

    private final User admin = TestUsers.aSiteAdmin().build();
    private final User ada = TestUsers.aUser().named("Ada", "Lovelace").email("ada@example.org").build();

    private static ProfileChanges email(String value) {
        return new ProfileChanges(Optional.empty(), Optional.empty(), Optional.of(new EmailAddress(value)),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ProfileChanges firstName(String value) {
        return new ProfileChanges(Optional.of(value), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Nested
    class Managing_other_peoples_accounts_is_for_site_admins {
        @Test
        void a_site_admin_may() {
            assertThatCode(() -> Accounts.requireSiteAdmin(admin)).doesNotThrowAnyException();
        }

        @Test
        void anyone_else_is_forbidden() {
            assertThatThrownBy(() -> Accounts.requireSiteAdmin(ada)).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class Creating_an_account {
        private final UserProfile profile = TestUsers.aUser().named("Grace", "Hopper").email("grace@example.org")
                .profile();
        private final UserId id = new UserId("new-user");

        @Test
        void gives_it_a_slug_from_its_names_and_an_event() {
            var change = Accounts.create(admin, id, profile, Set.of(), true, Optional.empty(), slug -> false, NOW);

            var user = change.state();
            assertThat(user.slug()).isEqualTo(new Slug("grace-hopper"));
            assertThat(user.email()).isEqualTo(new EmailAddress("grace@example.org"));
            assertThat(user.active()).isTrue();
            assertThat(user.since()).isEqualTo(NOW);
            assertThat(change.events()).containsExactly(new UserCreated(admin.id(), NOW, id));
        }

        @Test
        void makes_a_taken_slug_unique() {
            var change = Accounts.create(admin, id, profile, Set.of(), true, Optional.empty(),
                    Set.of(new Slug("grace-hopper"))::contains, NOW);

            assertThat(change.state().slug()).isEqualTo(new Slug("grace-hopper-1"));
        }

        @Test
        void is_forbidden_to_anyone_but_a_site_admin() {
            assertThatThrownBy(() -> Accounts.create(ada, id, profile, Set.of(), true, Optional.empty(), s -> false,
                    NOW)).isInstanceOf(Forbidden.class);
        }

        @Nested
        class An_email_belongs_to_one_account {
            @Test
            void a_free_email_is_taken() {
                assertThat(Accounts.create(admin, id, profile, Set.of(SiteRole.ADMIN), true, Optional.empty(),
                        s -> false, NOW).state().isSiteAdmin()).isTrue();
            }

            @Test
            void an_email_already_used_is_refused() {
                assertBreaks(Rule.EMAIL_TAKEN, () -> Accounts.create(admin, id, profile, Set.of(), true,
                        Optional.of(ada), s -> false, NOW));
            }
        }
    }

    @Nested
    class Updating_an_account {
        @Test
        void a_profile_change_is_recorded() {
            var change = Accounts.update(ada, ada, firstName("Augusta"), Optional.empty(), Optional.empty(),
                    Optional.empty(), NOW);

            assertThat(change.state().firstName()).isEqualTo("Augusta");
            assertThat(change.state().lastName()).isEqualTo("Lovelace");
            assertThat(change.events()).containsExactly(new ProfileUpdated(ada.id(), NOW, ada.id()));
        }

        @Test
        void nothing_changed_means_no_event() {
            var change = Accounts.update(ada, ada, ProfileChanges.none(), Optional.of(Set.of()), Optional.of(true),
                    Optional.empty(), NOW);

            assertThat(change.state()).isEqualTo(ada);
            assertThat(change.events()).isEmpty();
        }

        @Test
        void roles_and_activation_changes_each_have_their_event() {
            var change = Accounts.update(admin, ada, ProfileChanges.none(), Optional.of(Set.of(SiteRole.ADMIN)),
                    Optional.of(false), Optional.empty(), NOW);

            assertThat(change.state().isSiteAdmin()).isTrue();
            assertThat(change.state().active()).isFalse();
            assertThat(change.events()).containsExactly(
                    new SiteRolesChanged(admin.id(), NOW, ada.id(), Set.of(), Set.of(SiteRole.ADMIN)),
                    new UserActivationChanged(admin.id(), NOW, ada.id(), false));
        }

        @Test
        void a_blank_website_about_or_avatar_clears_it_as_udatas_put_does() {
            var filledIn = ada.withProfile(new UserProfile("Ada", "Lovelace", ada.email(), "About me",
                    new WebUrl("https://ada.example.org"), "https://ada.example.org/avatar.png"));
            var clear = new ProfileChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(" "),
                    Optional.of(""), Optional.of(""));

            var change = Accounts.update(ada, filledIn, clear, Optional.empty(), Optional.empty(), Optional.empty(),
                    NOW);

            assertThat(change.state().about()).isNull();
            assertThat(change.state().website()).isNull();
            assertThat(change.state().avatar()).isNull();
            assertThat(change.events()).containsExactly(new ProfileUpdated(ada.id(), NOW, ada.id()));
        }

        @Test
        void an_absent_website_about_or_avatar_keeps_it() {
            var filledIn = ada.withProfile(new UserProfile("Ada", "Lovelace", ada.email(), "About me",
                    new WebUrl("https://ada.example.org"), "https://ada.example.org/avatar.png"));

            var change = Accounts.update(ada, filledIn, firstName("Augusta"), Optional.empty(), Optional.empty(),
                    Optional.empty(), NOW);

            assertThat(change.state().profile()).isEqualTo(new UserProfile("Augusta", "Lovelace", ada.email(),
                    "About me", new WebUrl("https://ada.example.org"), "https://ada.example.org/avatar.png"));
        }

        @Test
        void a_link_in_a_new_name_is_refused() {
            assertInvalid("first_name", () -> firstName("Ada from www.spam"));
        }

        @Nested
        class A_deleted_account_is_gone {
            @Test
            void a_live_account_is_updated() {
                assertThat(Accounts.update(admin, ada, firstName("Augusta"), Optional.empty(), Optional.empty(),
                        Optional.empty(), NOW).events()).hasSize(1);
            }

            @Test
            void a_deleted_one_is_gone() {
                var deleted = TestUsers.aUser().deleted().build();

                assertThatThrownBy(() -> Accounts.update(admin, deleted, firstName("Augusta"), Optional.empty(),
                        Optional.empty(), Optional.empty(), NOW)).isInstanceOf(Gone.class);
            }
        }

        @Nested
        class An_email_belongs_to_one_account {
            @Test
            void keeping_ones_own_email_is_allowed() {
                var change = Accounts.update(ada, ada, email("ada@example.org"), Optional.empty(), Optional.empty(),
                        Optional.of(ada), NOW);

                assertThat(change.state().email()).isEqualTo(new EmailAddress("ada@example.org"));
                assertThat(change.events()).isEmpty();
            }

            @Test
            void taking_someone_elses_is_refused() {
                var grace = TestUsers.aUser().email("grace@example.org").build();

                assertBreaks(Rule.EMAIL_TAKEN, () -> Accounts.update(ada, ada, email("grace@example.org"),
                        Optional.empty(), Optional.empty(), Optional.of(grace), NOW));
            }
        }
    }

    @Nested
    class The_admin_path_does_not_delete_oneself {
        @Test
        void an_admin_may_delete_someone_else() {
            assertThatCode(() -> Accounts.requireNotSelf(admin, ada)).doesNotThrowAnyException();
        }

        @Test
        void deleting_oneself_is_forbidden_there() {
            assertThatThrownBy(() -> Accounts.requireNotSelf(admin, admin)).isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class A_deleted_account_keeps_no_personal_data {
        @Test
        void names_email_texts_and_roles_are_wiped_and_the_account_is_inactive() {
            var someone = TestUsers.aSiteAdmin().id("user/42").named("Ada", "Lovelace").build()
                    .withProfile(new UserProfile("Ada", "Lovelace", new EmailAddress("ada@example.org"), "About Ada",
                            new WebUrl("https://ada.example.org"), "https://ada.example.org/avatar.png"));

            var anonymised = Accounts.anonymised(someone, NOW);

            assertThat(anonymised.id()).isEqualTo(someone.id());
            assertThat(anonymised.fullName()).isEqualTo("DELETED DELETED");
            assertThat(anonymised.email()).isEqualTo(new EmailAddress("user-42@deleted.invalid"));
            assertThat(anonymised.about()).isNull();
            assertThat(anonymised.website()).isNull();
            assertThat(anonymised.avatar()).isNull();
            assertThat(anonymised.roles()).isEmpty();
            assertThat(anonymised.isGone()).isTrue();
            assertThat(anonymised.deleted()).isEqualTo(NOW);
        }
    }

    @Nested
    class Signing_up_for_an_account_of_ones_own {
        private final UserProfile profile = TestUsers.aUser().named("Agnès", "Varda").email("agnes@example.org")
                .profile();

        @Test
        void a_new_account_is_active_never_a_site_admin_and_slugged_from_its_names() {
            var change = Accounts.register(new UserId("new"), profile, Optional.empty(), slug -> false, NOW);

            assertThat(change.state().slug()).isEqualTo(new Slug("agnes-varda"));
            assertThat(change.state().isSiteAdmin()).isFalse();
            assertThat(change.state().active()).isTrue();
            assertThat(change.events()).singleElement().isInstanceOf(UserCreated.class);
        }

        @Test
        void an_email_already_used_is_refused() {
            assertBreaks(Rule.EMAIL_TAKEN, () -> Accounts.register(new UserId("new"), profile, Optional.of(ada),
                    slug -> false, NOW));
        }

        @Test
        void an_account_needs_a_real_email_address() {
            var masked = new UserProfile("Agnès", "Varda", new io.memberkit.domain.common.MaskedEmail("ag***@x.org"),
                    null, null, null);
            assertInvalid("email", () -> Accounts.register(new UserId("new"), masked, Optional.empty(), slug -> false,
                    NOW));
        }
    }
}
