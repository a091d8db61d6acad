package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static io.memberkit.adapter.http.udata.fake.UdataFixtures.page;
import static io.memberkit.adapter.http.udata.fake.UdataFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserRepository.DeletionOptions;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.MaskedEmail;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UdataUserRepositoryTest extends UdataTestSupport {
    private static final String ADA = "5c5eb91e8b4c413baad800d1";

    @BeforeEach
    void keyOwner() {
        signedInAsMe();
    }

    private static User ada() {
        return new User(new UserId(ADA), new Slug("ada-lovelace"), "Ada", "Lovelace",
                new EmailAddress("ada@example.org"), null, new WebUrl("https://ada.example.org"), null,
                Set.of(SiteRole.ADMIN), true, Instant.parse("2019-02-09T11:22:38Z"), null, null);
    }

    @Nested
    class Reads {
        @Test
        void another_users_account_is_mapped_field_by_field() {
            udata.on("GET", "/users/" + ADA + "/", Reply.ok(user(ADA, "Ada", "Lovelace", "ada@example.org",
                    "[\"admin\"]", false)));

            var ada = adapter.users().find(new UserId(ADA)).orElseThrow();

            assertThat(ada.id()).isEqualTo(new UserId(ADA));
            assertThat(ada.slug()).isEqualTo(new Slug("ada-lovelace"));
            assertThat(ada.firstName()).isEqualTo("Ada");
            assertThat(ada.lastName()).isEqualTo("Lovelace");
            assertThat(ada.email()).isEqualTo(new EmailAddress("ada@example.org"));
            assertThat(ada.about()).isEqualTo("Cartographe.");
            assertThat(ada.website()).isEqualTo(new WebUrl("https://example.org/" + ADA));
            assertThat(ada.avatar()).isNull();
            assertThat(ada.roles()).containsExactly(SiteRole.ADMIN);
            assertThat(ada.active()).isFalse();
            assertThat(ada.since()).isEqualTo(Instant.parse("2019-02-09T11:22:38.123Z"));
            assertThat(ada.lastLogin()).isEqualTo(Instant.parse("2025-08-06T13:46:55.423Z"));
            assertThat(ada.deleted()).isNull();
            assertThat(udata.requests()).extracting(r -> r.line()).endsWith("GET /users/" + ADA + "/");
        }

        @Test
        void the_key_owner_is_read_from_me_which_carries_the_roles() {
            var me = adapter.users().find(new UserId(ME)).orElseThrow();

            assertThat(me.firstName()).isEqualTo("Missak");
            assertThat(me.email()).isEqualTo(new EmailAddress("missak@example.org"));
            assertThat(udata.lastRequest().line()).isEqualTo("GET /me/");
            assertThat(udata.count("GET", "/users/" + ME + "/")).isZero();
        }

        @Test
        void a_third_party_sees_no_email_and_a_masked_one_stays_masked() {
            udata.on("GET", "/users/a/", Reply.ok(user("a", "Ann", "Lee", null, "[]", true)));
            udata.on("GET", "/users/b/", Reply.ok(user("b", "Bob", "Ray", "bo***@example.org", "[]", true)));

            assertThat(adapter.users().find(new UserId("a")).orElseThrow().email()).isNull();
            assertThat(adapter.users().find(new UserId("b")).orElseThrow().email())
                    .isEqualTo(new MaskedEmail("bo***@example.org"));
        }

        @Test
        void unknown_is_empty_and_deleted_or_inactive_is_gone() {
            udata.on("GET", "/users/gone/", Reply.message(410, "User is not active"));

            assertThat(adapter.users().find(new UserId("nobody"))).isEmpty();
            assertThatThrownBy(() -> adapter.users().find(new UserId("gone"))).isInstanceOf(Gone.class)
                    .hasMessage("User is not active");
        }

        @Test
        void find_by_email_searches_and_keeps_the_exact_match() {
            udata.on("GET", "/users/", Reply.ok(page(
                    user("x", "Ada", "Other", "ada.other@example.org", "[]", true) + ","
                            + user(ADA, "Ada", "Lovelace", "Ada@EXAMPLE.org", "[]", true), 1, 20, 2, null)));

            var found = adapter.users().findByEmail(new EmailAddress("Ada@example.org"));

            assertThat(found).map(User::id).contains(new UserId(ADA));
            var request = udata.lastRequest();
            assertThat(request.line()).isEqualTo("GET /users/");
            // addresses are kept lower case, as uData keeps them
            assertThat(request.queryValue("q")).isEqualTo("ada@example.org");
            assertThat(request.queryValue("page_size")).isEqualTo("20");
        }

        @Test
        void find_by_email_is_not_known_when_the_key_may_not_search_accounts() {
            udata.on("GET", "/users/", Reply.message(403, "You do not have the permission"));

            assertThat(adapter.users().findByEmail(new EmailAddress("ada@example.org"))).isEmpty();
        }

        @Test
        void a_slug_exists_when_uData_knows_it() {
            udata.on("GET", "/users/ada-lovelace/", Reply.ok("{\"id\": \"" + ADA + "\"}"));
            udata.on("GET", "/users/deleted/", Reply.message(410, "User has been deleted"));

            assertThat(adapter.users().slugExists(new Slug("ada-lovelace"))).isTrue();
            assertThat(adapter.users().slugExists(new Slug("deleted"))).isTrue();
            assertThat(adapter.users().slugExists(new Slug("free"))).isFalse();
            assertThat(udata.lastRequest().header("X-Fields")).isEqualTo("id");
        }

        @Test
        void list_pushes_search_sort_and_paging_down_and_maps_the_envelope() {
            udata.on("GET", "/users/", Reply.ok(page(user(ADA, "Ada", "Lovelace", "ada@example.org", "[]", true),
                    2, 1, 3, "https://www.data.gouv.fr/api/1/users/?page=3&page_size=1")));

            var page = adapter.users().list(new UserQuery(Optional.of("lov"), SortOrder.ascending(
                    UserQuery.UserSort.LAST_NAME)), new PageRequest(2, 1));

            assertThat(page.items()).extracting(User::id).containsExactly(new UserId(ADA));
            assertThat(page.page()).isEqualTo(2);
            assertThat(page.pageSize()).isEqualTo(1);
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.hasNext()).isTrue();
            assertThat(udata.lastRequest().query()).isEqualTo(Map.of("q", List.of("lov"), "sort",
                    List.of("last_name"), "page", List.of("2"), "page_size", List.of("1")));
        }

        @Test
        void the_default_sort_is_newest_first_and_the_last_page_has_no_next() {
            udata.on("GET", "/users/", Reply.ok(page("", 1, 20, 0, null)));

            var page = adapter.users().list(UserQuery.all(), PageRequest.firstPage());

            assertThat(page.items()).isEmpty();
            assertThat(page.hasNext()).isFalse();
            assertThat(udata.lastRequest().queryValue("sort")).isEqualTo("-created");
            assertThat(udata.lastRequest().queryValue("q")).isNull();
        }

        @Test
        void suggest_reads_each_suggested_account_in_full() {
            udata.on("GET", "/users/suggest/", Reply.ok("""
                    [{"id": "%s", "first_name": "Ada", "last_name": "Lovelace", "slug": "ada-lovelace",
                      "avatar_url": null, "email": "***@example.org"}]""".formatted(ADA)));
            udata.on("GET", "/users/" + ADA + "/", Reply.ok(user(ADA, "Ada", "Lovelace", null, "[]", true)));

            var suggested = adapter.users().suggest("lov", 5);

            assertThat(suggested).extracting(User::id).containsExactly(new UserId(ADA));
            var suggest = udata.requests().stream().filter(r -> r.path().equals("/users/suggest/")).findFirst()
                    .orElseThrow();
            assertThat(suggest.query()).isEqualTo(Map.of("q", List.of("lov"), "size", List.of("5")));
        }

        @Test
        void a_suggest_size_out_of_range_is_invalid_input_on_size() {
            udata.on("GET", "/users/suggest/", Reply.json(400,
                    "{\"errors\": {\"size\": \"Invalid size: must be between 1 and 20\"}, \"message\": \"Input payload validation failed\"}"));

            assertThatThrownBy(() -> adapter.users().suggest("lov", 21)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("size"));
        }
    }

    @Nested
    class Writes {
        @Test
        void add_posts_the_account_and_returns_it_with_udatas_id() {
            udata.on("POST", "/users/", Reply.json(201, user("new-id-1", "Ada", "Lovelace", "ada@example.org",
                    "[\"admin\"]", true)));
            var provisional = new User(adapter.ids().newUser(), new Slug("ada-lovelace"), "Ada", "Lovelace",
                    new EmailAddress("ada@example.org"), null, new WebUrl("https://ada.example.org"), null,
                    Set.of(SiteRole.ADMIN), true, Instant.parse("2024-04-14T00:00:00Z"), null, null);

            var stored = adapter.users().add(provisional);

            assertThat(stored.id()).isEqualTo(new UserId("new-id-1"));
            var request = udata.onlyRequest();
            assertThat(request.line()).isEqualTo("POST /users/");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(json(request.body())).isEqualTo(json("""
                    {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.org", "about": null,
                     "website": "https://ada.example.org", "roles": ["admin"], "active": true}"""));
        }

        @Test
        void update_puts_every_field_so_cleared_ones_are_cleared() {
            udata.on("PUT", "/users/" + ADA + "/", Reply.ok(user(ADA, "Ada", "Lovelace", "ada@example.org", "[]", true)));

            adapter.users().update(ada().withRoles(Set.of()).withActive(false));

            var request = udata.onlyRequest();
            assertThat(request.line()).isEqualTo("PUT /users/" + ADA + "/");
            assertThat(json(request.body())).isEqualTo(json("""
                    {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.org", "about": null,
                     "website": "https://ada.example.org", "roles": [], "active": false}"""));
        }

        @Test
        void a_masked_email_is_never_written_back() {
            udata.on("PUT", "/users/" + ADA + "/", Reply.ok(user(ADA, "Ada", "Lovelace", null, "[]", true)));
            var masked = ada().withProfile(new io.memberkit.domain.user.UserProfile("Ada", "Lovelace",
                    new MaskedEmail("ad***@example.org"), "About", null, null));

            adapter.users().update(masked);

            assertThat(jsonObject(udata.onlyRequest().body())).doesNotContainKey("email")
                    .containsEntry("about", "About").containsEntry("website", null);
        }

        @Test
        void the_owner_edits_their_profile_through_me_without_roles_or_activation() {
            udata.on("PUT", "/me/", Reply.ok(user(ME, "Missak", "K", "missak@example.org", "[]", true)));

            adapter.users().updateOwnProfile(ada());

            var request = udata.lastRequest();
            assertThat(request.line()).isEqualTo("PUT /me/");
            assertThat(json(request.body())).isEqualTo(json("""
                    {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.org", "about": null,
                     "website": "https://ada.example.org"}"""));
        }

        @Test
        void delete_sends_no_mail_and_delete_comments_only_when_asked() {
            udata.on("DELETE", "/users/" + ADA + "/", Reply.noContent());

            adapter.users().delete(ada(), new DeletionOptions(false, true));
            adapter.users().delete(ada(), new DeletionOptions(true, false));

            var requests = udata.requests();
            assertThat(requests).extracting(r -> r.line()).containsOnly("DELETE /users/" + ADA + "/");
            assertThat(requests.get(0).query()).isEqualTo(Map.of("no_mail", List.of("true"),
                    "delete_comments", List.of("true")));
            assertThat(requests.get(1).query()).isEmpty();
        }

        @Test
        void deleting_ones_own_account_goes_through_me() {
            udata.on("DELETE", "/me/", Reply.noContent());

            adapter.users().deleteOwnAccount(ada());

            assertThat(udata.onlyRequest().line()).isEqualTo("DELETE /me/");
        }

        @Test
        void deleting_an_already_deleted_account_is_gone() {
            udata.on("DELETE", "/users/" + ADA + "/", Reply.message(410, "User has already been deleted"));

            assertThatThrownBy(() -> adapter.users().delete(ada(), new DeletionOptions(true, false)))
                    .isInstanceOf(Gone.class).hasMessage("User has already been deleted");
        }

        @Test
        void deleting_oneself_through_the_admin_path_is_forbidden() {
            udata.on("DELETE", "/users/" + ADA + "/", Reply.message(403,
                    "You cannot delete yourself with this API. Use the \\\"me\\\" API instead."));

            assertThatThrownBy(() -> adapter.users().delete(ada(), new DeletionOptions(true, false)))
                    .isInstanceOf(io.memberkit.domain.error.Forbidden.class);
        }

        @Test
        void a_rejected_website_is_invalid_input_on_website() {
            udata.on("PUT", "/users/" + ADA + "/", Reply.json(400,
                    "{\"errors\": {\"website\": [\"Invalid URL\"]}, \"message\": \"Validation error\"}"));

            assertThatThrownBy(() -> adapter.users().update(ada())).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors())
                            .isEqualTo(Map.of("website", List.of("Invalid URL"))));
        }
    }
}
