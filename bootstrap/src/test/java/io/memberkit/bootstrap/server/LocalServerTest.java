package io.memberkit.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.apikey.RevokeApiKey;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.bootstrap.udata.Json;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.user.UserProfile;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The local server over real HTTP, one server and one in-memory database for the class: statuses and bodies as
 * uData's own tests state them (shared/reference/fixtures/udata/behaviour-cases.md), plus memberkit's stricter
 * last-admin rule. People are registered through the use cases; everything tested goes through HTTP.
 */
class LocalServerTest {
    private static final String DB = "server-test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Memberkit memberkit;
    private static LocalServer server;
    static Person root;
    static Person alice;
    static Person bob;
    static Person carol;

    record Person(String id, String key) {
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return Json.read(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String message() {
            return json().get("message").getStringValue();
        }
    }

    @BeforeAll
    static void aServerWithPeople() throws Exception {
        memberkit = Memberkit.builder().inMemory(DB).build();
        server = LocalServer.start(memberkit.useCases(), 0);
        root = person("Root", "Admin", "root@example.org");
        alice = person("Alice", "Martin", "alice@example.org");
        bob = person("Bruno", "Lefevre", "bruno@example.org");
        carol = person("Chloe", "Dubois", "chloe@example.org");
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:" + DB, "sa", "");
             var statement = connection.prepareStatement("UPDATE users SET roles = 'admin' WHERE id = ?")) {
            statement.setString(1, root.id());
            statement.executeUpdate();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        memberkit.close();
    }

    private static Person person(String first, String last, String email) {
        var uc = memberkit.useCases();
        var user = uc.registerUser().register(new RegisterUser(Actor.anonymous(),
                new UserProfile(first, last, new EmailAddress(email), null, null, null)));
        var key = uc.createApiKey().create(new CreateApiKey(Actor.user(user.id()), "tests"));
        return new Person(user.id().value(), key.token().value());
    }

    static Answer call(String method, String path, Person as, String body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (as != null) {
            builder.header("X-API-KEY", as.key());
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Answer get(String path, Person as, String... headers) {
        return call("GET", path, as, null, headers);
    }

    static Answer post(String path, Person as, String body) {
        return call("POST", path, as, body);
    }

    static Answer put(String path, Person as, String body) {
        return call("PUT", path, as, body);
    }

    static Answer delete(String path, Person as) {
        return call("DELETE", path, as, null);
    }

    static String organizationOf(Person admin, String name) {
        var created = post("/organizations/", admin, "{\"name\": \"" + name + "\", \"description\": \"d\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").getStringValue();
    }

    /** {@code user} made a member with {@code role} through an invitation they accept over HTTP. */
    static void member(String org, Person admin, Person user, String role) {
        var invitation = post("/organizations/" + org + "/member/", admin,
                "{\"user\": \"" + user.id() + "\", \"role\": \"" + role + "\"}");
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
        var accepted = post("/me/org_invitations/" + invitation.json().get("id").getStringValue() + "/accept/",
                user, null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    private static List<String> keys(JsonNode object) {
        var keys = new ArrayList<String>();
        object.entries().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    @Nested
    class Authentication {
        @Test
        void me_needs_a_key_and_shows_its_owner() {
            assertThat(get("/me/", null).status()).isEqualTo(401);
            assertThat(get("/me/", null).json().get("message")).isNotNull();

            var me = get("/me/", alice);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("email").getStringValue()).isEqualTo("alice@example.org");
            assertThat(me.json().get("first_name").getStringValue()).isEqualTo("Alice");
            assertThat(me.json().get("roles").size()).isZero();
            assertThat(keys(me.json())).doesNotContain("apikey");
        }

        @Test
        void a_bad_or_revoked_key_is_401_and_never_echoed() {
            var stranger = new Person("x", "mk_this-key-does-not-exist-anywhere");
            var bad = get("/organizations/", stranger);
            assertThat(bad.status()).isEqualTo(401);
            assertThat(bad.body()).doesNotContain(stranger.key());

            var uc = memberkit.useCases();
            var created = uc.createApiKey().create(new CreateApiKey(Actor.user(bob.id()), "soon revoked"));
            var revokedKey = new Person(bob.id(), created.token().value());
            assertThat(get("/me/", revokedKey).status()).isEqualTo(200);
            uc.revokeApiKey().revoke(new RevokeApiKey(Actor.user(bob.id()), created.key().id()));
            var revoked = get("/me/", revokedKey);
            assertThat(revoked.status()).isEqualTo(401);
            assertThat(revoked.message()).contains("Revoked");
            assertThat(revoked.body()).doesNotContain(created.token().value());
            assertThat(created.token().toString()).doesNotContain(created.token().value());
        }

        @Test
        void public_reads_need_no_key() {
            assertThat(get("/organizations/", null).status()).isEqualTo(200);
            assertThat(get("/organizations/roles/", null).json().get(0).get("id").getStringValue())
                    .isEqualTo("admin");
            assertThat(get("/users/roles/", null).json().get(0).get("name").getStringValue()).isEqualTo("admin");
        }
    }

    @Nested
    class Users {
        @Test
        void the_user_list_is_for_site_admins_in_the_page_envelope() {
            assertThat(get("/users/", null).status()).isEqualTo(401);
            assertThat(get("/users/", alice).status()).isEqualTo(403);

            var page = get("/users/?page_size=2", root);
            assertThat(page.status()).isEqualTo(200);
            assertThat(keys(page.json())).contains("data", "page", "page_size", "total", "next_page",
                    "previous_page");
            assertThat(page.json().get("data").size()).isEqualTo(2);
            assertThat(page.json().get("next_page").getStringValue()).contains("page=2").contains("page_size=2");
            assertThat(page.json().get("previous_page").isNull()).isTrue();
        }

        @Test
        void a_user_email_is_hidden_from_third_parties() {
            var asOther = get("/users/" + bob.id() + "/", alice);
            assertThat(asOther.status()).isEqualTo(200);
            assertThat(asOther.json().get("email").isNull()).isTrue();
            assertThat(get("/users/" + bob.id() + "/", root).json().get("email").getStringValue())
                    .isEqualTo("bruno@example.org");
            assertThat(get("/users/nobody/", null).status()).isEqualTo(404);
        }

        @Test
        void an_error_body_has_only_the_fields_it_needs_as_udatas() {
            var notFound = get("/users/nobody/", null);
            assertThat(keys(notFound.json())).containsExactly("message");
            var invalid = get("/users/suggest/?q=a&size=0", null);
            assertThat(keys(invalid.json())).containsExactly("message", "errors");
        }

        @Test
        void suggest_sizes_out_of_bounds_are_400_on_size() {
            var bad = get("/users/suggest/?q=Al&size=0", null);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("errors").get("size").get(0).getStringValue()).contains("between 1 and 20");
            assertThat(get("/users/suggest/?q=Al&size=21", null).status()).isEqualTo(400);
            assertThat(get("/users/suggest/?q=Al&size=5", null).json().get(0).get("id").getStringValue())
                    .isEqualTo(alice.id());
        }

        @Test
        void create_update_and_delete_as_a_site_admin() {
            var body = "{\"first_name\": \"Hubert\", \"last_name\": \"Bonisseur\", \"email\": \"oss@example.org\","
                    + " \"roles\": [\"admin\"], \"active\": false}";
            assertThat(post("/users/", alice, body).status()).isEqualTo(403);
            assertThat(post("/users/", root, "{\"last_name\": \"B\", \"email\": \"b@example.org\"}").status())
                    .isEqualTo(400);
            assertThat(post("/users/", root, body.replace("false", "\"false\"")).json().get("errors").get("active"))
                    .isNotNull();
            assertThat(post("/users/", root, body.replace("[\"admin\"]", "[\"king\"]")).status()).isEqualTo(400);
            var created = post("/users/", root, body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("roles").get(0).getStringValue()).isEqualTo("admin");
            assertThat(created.json().get("active").getBooleanValue()).isFalse();
            var id = created.json().get("id").getStringValue();

            assertThat(put("/users/" + id + "/", root, "{\"website\": \"foo\"}").status()).isEqualTo(400);
            assertThat(put("/users/" + alice.id() + "/", alice, "{\"about\": \"me\"}").status()).isEqualTo(403);
            assertThat(put("/users/" + id + "/", root, "{\"roles\": []}").json().get("roles").size()).isZero();

            assertThat(delete("/users/" + root.id() + "/", root).status()).isEqualTo(403);
            assertThat(delete("/users/" + id + "/?no_mail=true", root).status()).isEqualTo(204);
            assertThat(delete("/users/" + id + "/", root).status()).isEqualTo(410);
        }

        @Test
        void following_a_user() {
            assertThat(post("/users/" + carol.id() + "/followers/", carol, null).status()).isEqualTo(403);
            var followed = post("/users/" + carol.id() + "/followers/", bob, null);
            assertThat(followed.status()).isEqualTo(201);
            assertThat(followed.json().get("followers").getLongValue()).isEqualTo(1);
            assertThat(post("/users/" + carol.id() + "/followers/", bob, null).status()).isEqualTo(200);
            assertThat(get("/users/" + carol.id() + "/followers/", null).json().get("total").getLongValue())
                    .isEqualTo(1);
            var unfollowed = delete("/users/" + carol.id() + "/followers/", bob);
            assertThat(unfollowed.status()).isEqualTo(200);
            assertThat(unfollowed.json().get("followers").getLongValue()).isZero();
            assertThat(delete("/users/" + carol.id() + "/followers/", bob).status()).isEqualTo(404);
        }
    }

    @Nested
    class Organizations {
        @Test
        void create_makes_the_creator_admin_and_the_payload_never_has_requests() {
            assertThat(post("/organizations/", null, "{\"name\": \"X\"}").status()).isEqualTo(401);
            var created = post("/organizations/", alice, "{\"name\": \"Agence des Données\", \"description\": \"d\"}");
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("metrics").get("members").getLongValue()).isEqualTo(1);
            assertThat(created.json().get("members").get(0).get("role").getStringValue()).isEqualTo("admin");
            var id = created.json().get("id").getStringValue();
            post("/organizations/" + id + "/membership/", bob, "{\"comment\": \"let me in\"}");

            var shown = get("/organizations/" + id + "/", alice);
            assertThat(keys(shown.json())).doesNotContain("requests");
            assertThat(shown.json().get("members").get(0).get("user").get("first_name").getStringValue())
                    .isEqualTo("Alice");
            assertThat(get("/organizations/" + id + "/", alice, "X-Fields", "requests").json().get("requests"))
                    .isNull();
            var masked = get("/organizations/" + id + "/", null, "X-Fields", "id,name,members{role}");
            assertThat(keys(masked.json())).containsExactly("id", "name", "members");
            assertThat(keys(masked.json().get("members").get(0))).containsExactly("role");
            assertThat(get("/organizations/agence-des-donnees/", null).json().get("id").getStringValue())
                    .isEqualTo(id);
        }

        @Test
        void list_filters_and_a_bad_badge_is_400() {
            organizationOf(alice, "Listed Organization");
            var page = get("/organizations/?name=listed%20organization", null);
            assertThat(page.json().get("total").getLongValue()).isEqualTo(1);
            assertThat(keys(page.json().get("data").get(0))).doesNotContain("requests");
            assertThat(get("/organizations/?badge=bad-badge", null).status()).isEqualTo(400);
            assertThat(get("/organizations/?name=nothing-like-it", null).json().get("data").size()).isZero();
        }

        @Test
        void member_emails_are_obfuscated_per_viewer() {
            var org = organizationOf(alice, "Email Visibility");
            member(org, alice, bob, "editor");
            String path = "/organizations/" + org + "/";
            assertThat(email(get(path, alice), alice)).isEqualTo("al***@example.org");
            assertThat(email(get(path, bob), alice)).isEqualTo("al***@example.org");
            assertThat(email(get(path, carol), alice)).isEqualTo("***@example.org");
            assertThat(email(get(path, null), alice)).isEqualTo("***@example.org");
            assertThat(email(get(path, root), alice)).isEqualTo("alice@example.org");
            assertThat(lastLoginKeyShown(get(path, carol))).isTrue();
            assertThat(get(path, bob).json().get("permissions").get("private").getBooleanValue()).isTrue();
            assertThat(get(path, bob).json().get("permissions").get("edit").getBooleanValue()).isFalse();
            assertThat(get(path, null).json().get("permissions").get("members").getBooleanValue()).isFalse();
        }

        private static String email(Answer organization, Person member) {
            for (var m : organization.json().get("members").values()) {
                if (m.get("user").get("id").getStringValue().equals(member.id())) {
                    return m.get("user").get("email").getStringValue();
                }
            }
            throw new AssertionError("no member " + member.id());
        }

        private static boolean lastLoginKeyShown(Answer organization) {
            return keys(organization.json().get("members").get(0).get("user")).contains("last_login_at");
        }

        @Test
        void update_delete_and_a_deleted_organization_is_gone() {
            var org = organizationOf(alice, "Short Lived");
            member(org, alice, bob, "editor");
            var siret = put("/organizations/" + org + "/", alice, "{\"business_number_id\": \"123\"}");
            assertThat(siret.status()).isEqualTo(400);
            assertThat(siret.json().get("errors").get("business_number_id").get(0).getStringValue())
                    .isEqualTo("A siret number is made of 14 digits");
            assertThat(put("/organizations/" + org + "/", carol, "{\"acronym\": \"SL\"}").status()).isEqualTo(403);
            assertThat(put("/organizations/" + org + "/", alice, "{\"acronym\": \"SL\", \"logo\": \"\"}").json()
                    .get("acronym").getStringValue()).isEqualTo("SL");

            assertThat(delete("/organizations/" + org + "/", bob).status()).isEqualTo(403);
            assertThat(delete("/organizations/" + org + "/", carol).status()).isEqualTo(403);
            assertThat(delete("/organizations/" + org + "/", alice).status()).isEqualTo(204);
            assertThat(get("/organizations/" + org + "/", carol).status()).isEqualTo(410);
            assertThat(get("/organizations/" + org + "/", alice).status()).isEqualTo(200);
            assertThat(put("/organizations/" + org + "/", alice, "{\"acronym\": \"X\"}").status()).isEqualTo(410);
            assertThat(delete("/organizations/" + org + "/", alice).status()).isEqualTo(410);
        }

        @Test
        void badges_are_for_site_admins_and_organizations_are_followed() {
            var org = organizationOf(alice, "Badged");
            assertThat(post("/organizations/" + org + "/badges/", alice, "{\"kind\": \"certified\"}").status())
                    .isEqualTo(403);
            assertThat(post("/organizations/" + org + "/badges/", root, "{\"kind\": \"certified\"}").status())
                    .isEqualTo(201);
            assertThat(get("/organizations/" + org + "/", null).json().get("badges").get(0).get("kind")
                    .getStringValue()).isEqualTo("certified");
            assertThat(delete("/organizations/" + org + "/badges/certified/", root).status()).isEqualTo(204);

            assertThat(post("/organizations/" + org + "/followers/", carol, null).status()).isEqualTo(201);
            assertThat(delete("/organizations/" + org + "/followers/", carol).json().get("followers")
                    .getLongValue()).isZero();
            assertThat(get("/organizations/suggest/?q=badg&size=0", null).status()).isEqualTo(400);
        }
    }

    @Nested
    class Invitations {
        @Test
        void an_admin_invites_an_editor_cannot_and_the_invitee_accepts_once() {
            var org = organizationOf(alice, "Invitations Office");
            member(org, alice, bob, "editor");
            var forbidden = post("/organizations/" + org + "/member/", bob, "{\"user\": \"" + carol.id() + "\"}");
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.message()).isEqualTo("You do not have the permission to modify that object.");

            var invitation = post("/organizations/" + org + "/member/", alice,
                    "{\"user\": \"" + carol.id() + "\", \"role\": \"admin\"}");
            assertThat(invitation.status()).isEqualTo(201);
            assertThat(invitation.json().get("kind").getStringValue()).isEqualTo("invitation");
            assertThat(invitation.json().get("role").getStringValue()).isEqualTo("admin");
            assertThat(invitation.json().get("status").getStringValue()).isEqualTo("pending");
            var id = invitation.json().get("id").getStringValue();
            assertThat(post("/organizations/" + org + "/member/", alice, "{\"user\": \"" + carol.id() + "\"}")
                    .status()).isEqualTo(400);

            var mine = get("/me/org_invitations/", carol);
            assertThat(mine.json().get(0).get("id").getStringValue()).isEqualTo(id);
            assertThat(mine.json().get(0).get("organization").get("id").getStringValue()).isEqualTo(org);
            assertThat(post("/me/org_invitations/" + id + "/accept/", bob, null).status()).isEqualTo(404);
            var accepted = post("/me/org_invitations/" + id + "/accept/", carol, null);
            assertThat(accepted.status()).isEqualTo(200);
            assertThat(accepted.message()).isEqualTo("Invitation accepted");
            var again = post("/me/org_invitations/" + id + "/accept/", carol, null);
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.message()).contains("Invitation is not pending");
            assertThat(post("/me/org_invitations/unknown/accept/", carol, null).status()).isEqualTo(404);
            assertThat(post("/organizations/" + org + "/member/", alice, "{\"user\": \"" + carol.id() + "\"}")
                    .message()).contains("User is already a member");
        }

        @Test
        void the_invitee_is_a_user_or_an_email_never_both_never_neither() {
            var org = organizationOf(alice, "Invitee Shapes");
            String path = "/organizations/" + org + "/member/";
            assertThat(post(path, alice, "{}").message()).isEqualTo("Either user or email is required");
            assertThat(post(path, alice, "{\"user\": \"" + bob.id() + "\", \"email\": \"x@example.org\"}").message())
                    .isEqualTo("Cannot provide both user and email");
            assertThat(post(path, alice, "{\"email\": \"not-an-email\"}").json().get("errors").get("email"))
                    .isNotNull();
            assertThat(post(path, alice, "{\"user\": \"nobody\"}").json().get("errors").get("user").get(0)
                    .getStringValue()).isEqualTo("Unknown user 'nobody'");
            var role = post(path, alice, "{\"user\": \"" + bob.id() + "\", \"role\": \"king\"}");
            assertThat(role.status()).isEqualTo(400);
            assertThat(role.json().get("errors").get("role").get(0).getStringValue()).startsWith("Invalid role 'king'");
            assertThat(post(path, alice, "not json").status()).isEqualTo(400);

            var byEmail = post(path, alice, "{\"email\": \"newuser@example.com\", \"role\": \"editor\"}");
            assertThat(byEmail.status()).isEqualTo(201);
            assertThat(byEmail.json().get("email").getStringValue()).isEqualTo("newuser@example.com");
            assertThat(byEmail.json().get("user").isNull()).isTrue();
            var existing = post(path, alice, "{\"email\": \"bruno@example.org\"}");
            assertThat(existing.json().get("user").get("id").getStringValue()).isEqualTo(bob.id());
            assertThat(existing.json().get("email").isNull()).isTrue();

            var cancel = "/organizations/" + org + "/membership/" + byEmail.json().get("id").getStringValue()
                    + "/cancel/";
            assertThat(post(cancel, alice, null).status()).isEqualTo(200);
            assertThat(post(cancel, alice, null).message()).isEqualTo("Only pending invitations can be canceled");
        }
    }

    @Nested
    class MembershipRequests {
        @Test
        void a_request_is_made_listed_and_accepted_once() {
            var org = organizationOf(alice, "Requests Desk");
            String path = "/organizations/" + org + "/membership/";
            assertThat(post(path, carol, "{}").status()).isEqualTo(400);
            var made = post(path, carol, "{\"comment\": \"a comment\"}");
            assertThat(made.status()).isEqualTo(201);
            assertThat(made.json().get("status").getStringValue()).isEqualTo("pending");
            assertThat(made.json().get("handled_by").isNull()).isTrue();
            var again = post(path, carol, "{\"comment\": \"another comment\"}");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("comment").getStringValue()).isEqualTo("another comment");
            var id = made.json().get("id").getStringValue();

            var listed = get(path, alice);
            assertThat(listed.json().size()).isEqualTo(1);
            assertThat(listed.json().get(0).get("user").get("email").getStringValue())
                    .isEqualTo("ch***@example.org");
            assertThat(get(path, bob).status()).isEqualTo(403);
            assertThat(get(path + "?user=" + carol.id() + "&status=pending", carol).json().size()).isEqualTo(1);
            assertThat(get(path + "?user=" + carol.id() + "&status=refused", carol).json().size()).isZero();
            assertThat(get(path + "?user=" + alice.id(), carol).status()).isEqualTo(403);

            var unknown = post(path + "unknown/accept/", alice, null);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.message()).isEqualTo("Unknown membership request id");
            member(org, alice, bob, "editor");
            assertThat(post(path + id + "/accept/", bob, null).status()).isEqualTo(403);
            var accepted = post(path + id + "/accept/", alice, null);
            assertThat(accepted.status()).isEqualTo(200);
            assertThat(accepted.json().get("role").getStringValue()).isEqualTo("editor");
            assertThat(post(path + id + "/accept/", alice, null).status()).isEqualTo(409);
        }

        @Test
        void a_refusal_needs_a_comment() {
            var org = organizationOf(alice, "Refusals");
            String path = "/organizations/" + org + "/membership/";
            var id = post(path, carol, "{\"comment\": \"please\"}").json().get("id").getStringValue();
            var missing = post(path + id + "/refuse/", alice, "{}");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().get("errors").get("comment")).isNotNull();
            assertThat(post(path + "unknown/refuse/", alice, "{\"comment\": \"no\"}").message())
                    .isEqualTo("Unknown membership request id");
            var refused = post(path + id + "/refuse/", alice, "{\"comment\": \"no\"}");
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).isEqualTo("{}");
            assertThat(get(path + "?status=refused", alice).json().get(0).get("refusal_comment").getStringValue())
                    .isEqualTo("no");
        }
    }

    @Nested
    class Members {
        @Test
        void roles_change_and_the_last_admin_stays_naming_the_rule() {
            var org = organizationOf(alice, "Role Play");
            member(org, alice, bob, "editor");
            String path = "/organizations/" + org + "/member/";
            assertThat(put(path + bob.id() + "/", bob, "{\"role\": \"admin\"}").status()).isEqualTo(403);
            assertThat(put(path + carol.id() + "/", alice, "{\"role\": \"admin\"}").status()).isEqualTo(404);
            assertThat(put(path + bob.id() + "/", alice, "{\"role\": \"chief\"}").json().get("errors").get("role"))
                    .isNotNull();

            var last = delete(path + alice.id() + "/", alice);
            assertThat(last.status()).isEqualTo(400);
            assertThat(last.message()).contains("LAST_ADMIN");
            assertThat(last.json().get("rule").getStringValue()).isEqualTo("LAST_ADMIN");
            assertThat(put(path + alice.id() + "/", alice, "{\"role\": \"editor\"}").json().get("rule")
                    .getStringValue()).isEqualTo("LAST_ADMIN");

            var promoted = put(path + bob.id() + "/", alice, "{\"role\": \"admin\"}");
            assertThat(promoted.status()).isEqualTo(200);
            assertThat(promoted.json().get("role").getStringValue()).isEqualTo("admin");
            assertThat(delete(path + alice.id() + "/", bob).status()).isEqualTo(204);
            assertThat(delete(path + alice.id() + "/", bob).status()).isEqualTo(404);
            assertThat(get("/organizations/" + org + "/", null).json().get("metrics").get("members").getLongValue())
                    .isEqualTo(1);
        }

        @Test
        void assignments_are_synced_by_admins_for_partial_editors_only() {
            var org = organizationOf(alice, "Assigned Work");
            var uc = memberkit.useCases();
            for (var id : List.of("budget", "roads")) {
                uc.registerSubject().register(new io.memberkit.application.port.in.assignment.RegisterSubject(
                        Actor.user(alice.id()), new io.memberkit.domain.assignment.Subject(
                                io.memberkit.domain.assignment.SubjectRef.dataset(id),
                                new io.memberkit.domain.common.OrganizationId(org))));
            }
            member(org, alice, bob, "editor");
            member(org, alice, carol, "partial_editor");
            String path = "/organizations/" + org + "/member/" + carol.id() + "/assignments/";
            var two = "[{\"class\": \"Dataset\", \"id\": \"budget\"}, {\"class\": \"Dataset\", \"id\": \"roads\"}]";

            assertThat(put(path, bob, two).status()).isEqualTo(403);
            assertThat(put("/organizations/" + org + "/member/" + bob.id() + "/assignments/", alice, two).message())
                    .contains("User must be a partial_editor member of this organization");
            for (var malformed : List.of("\"budget\"", "{\"class\": \"Dataset\", \"id\": \"budget\"}",
                    "[\"budget\"]", "42")) {
                assertThat(put(path, alice, malformed).status()).as(malformed).isEqualTo(400);
            }
            assertThat(put(path, alice, "[{\"class\": \"Dataset\", \"id\": \"elsewhere\"}]").status())
                    .isEqualTo(400);
            assertThat(get("/organizations/" + org + "/assignments/", alice).json().size()).isZero();

            var synced = put(path, alice, two);
            assertThat(synced.status()).isEqualTo(200);
            assertThat(synced.json().size()).isEqualTo(2);
            assertThat(synced.json().get(0).get("subject").get("class").getStringValue()).isEqualTo("Dataset");
            assertThat(get("/organizations/" + org + "/assignments/", alice).json().size()).isEqualTo(2);
            assertThat(put(path, alice, "[]").json().size()).isZero();
        }

        @Test
        void an_objects_owner_is_public_as_on_udata() {
            var org = organizationOf(alice, "Owner Of Things");
            memberkit.useCases().registerSubject().register(new io.memberkit.application.port.in.assignment
                    .RegisterSubject(Actor.user(alice.id()), new io.memberkit.domain.assignment.Subject(
                    io.memberkit.domain.assignment.SubjectRef.reuse("map-of-roads"),
                    new io.memberkit.domain.common.OrganizationId(org))));

            var reuse = get("/reuses/map-of-roads/", null);
            assertThat(reuse.status()).isEqualTo(200);
            assertThat(reuse.json().get("id").getStringValue()).isEqualTo("map-of-roads");
            assertThat(reuse.json().get("organization").get("id").getStringValue()).isEqualTo(org);
            assertThat(get("/datasets/map-of-roads/", null).status()).isEqualTo(404);
        }
    }

    @Test
    void an_unknown_path_is_404() {
        assertThat(get("/nothing-here/", null).status()).isEqualTo(404);
    }
}
