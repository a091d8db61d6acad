package io.memberkit.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.in.apikey.CreateApiKey;
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
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * memberkit's own paths under {@code /api/1/memberkit/}, over real HTTP: each one answering once and refusing
 * once, with uData's error bodies (400 naming the field or the rule, and the refused lines of a list).
 */
class MemberkitPathsTest {
    private static final String DB = "server-memberkit-paths";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Memberkit memberkit;
    private static LocalServer server;
    static Person root;
    static Person alice;
    static Person bob;
    static Person carol;
    static Person dave;

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

        String text(String field) {
            return json().get(field).getStringValue();
        }
    }

    @BeforeAll
    static void aServerOnAFreshSite() {
        memberkit = Memberkit.builder().inMemory(DB).invitationRateLimit(10_000, Duration.ofHours(24)).build();
        server = LocalServer.start(memberkit.useCases(), 0);
        root = person("Root", "Admin", "root@example.org");
        alice = person("Alice", "Martin", "alice@example.org");
        bob = person("Bruno", "Lefevre", "bruno@example.org");
        carol = person("Chloe", "Dubois", "chloe@example.org");
        dave = person("Damien", "Moreau", "damien@example.org");
        var promoted = call("POST", "/memberkit/site/first-admin/", root, null);
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
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

    static Answer call(String method, String path, Person as, String body) {
        var builder = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (as != null) {
            builder.header("X-API-KEY", as.key());
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

    static Answer expect(int status, String method, String path, Person as, String body) {
        var answer = call(method, path, as, body);
        assertThat(answer.status()).as("%s %s: %s", method, path, answer.body()).isEqualTo(status);
        return answer;
    }

    static String organization(Person admin, String name) {
        return expect(201, "POST", "/organizations/", admin, "{\"name\": \"" + name + "\", \"description\": \"d\"}")
                .text("id");
    }

    static String base(String org) {
        return "/memberkit/organizations/" + org;
    }

    static void add(String org, Person admin, Person user, String role) {
        expect(201, "POST", base(org) + "/members/", admin, "{\"user\": \"" + user.id() + "\", \"role\": \""
                + role + "\"}");
    }

    @Test
    void first_admin_once_and_verify_email_for_site_admins() {
        var again = expect(403, "POST", "/memberkit/site/first-admin/", alice, null);
        assertThat(again.text("message")).contains("administrator already");
        expect(401, "POST", "/memberkit/site/first-admin/", null, null);
        assertThat(expect(200, "POST", "/memberkit/users/" + carol.id() + "/verify-email/", root, null)
                .text("id")).isEqualTo(carol.id());
        expect(403, "POST", "/memberkit/users/" + dave.id() + "/verify-email/", alice, null);
    }

    @Test
    void add_list_with_q_and_counts() {
        var org = organization(alice, "Direct Adds");
        add(org, alice, bob, "editor");
        var missing = expect(400, "POST", base(org) + "/members/", alice, "{\"role\": \"editor\"}");
        assertThat(missing.json().get("errors").get("user")).isNotNull();
        expect(403, "POST", base(org) + "/members/", bob, "{\"user\": \"" + carol.id() + "\"}");

        var found = expect(200, "GET", base(org) + "/members/?q=bru", alice, null).json();
        assertThat(found.get("total").getLongValue()).isEqualTo(1);
        assertThat(found.get("data").get(0).get("user").get("id").getStringValue()).isEqualTo(bob.id());
        var badRole = expect(400, "GET", base(org) + "/members/?role=boss", alice, null);
        assertThat(badRole.json().get("errors").get("role")).isNotNull();

        var counts = expect(200, "GET", base(org) + "/members/counts/", alice, null).json();
        assertThat(counts.get("admin").getLongValue()).isEqualTo(1);
        assertThat(counts.get("total").getLongValue()).isEqualTo(2);
        expect(404, "GET", base("no-such-organization") + "/members/counts/", alice, null);
    }

    @Test
    void member_pages_by_cursor_go_on_from_the_token() {
        var org = organization(alice, "Pages By Cursor");
        add(org, alice, bob, "editor");
        add(org, alice, carol, "editor");

        var first = expect(200, "GET", base(org) + "/members/page/?page_size=2", alice, null).json();
        assertThat(first.get("data").size()).isEqualTo(2);
        assertThat(first.get("data").get(0).get("user").get("id").getStringValue()).isEqualTo(alice.id());
        var after = first.get("after").getStringValue();
        var last = expect(200, "GET", base(org) + "/members/page/?page_size=2&after=" + after, alice, null).json();
        assertThat(last.get("data").size()).isEqualTo(1);
        assertThat(last.get("data").get(0).get("user").get("id").getStringValue()).isEqualTo(carol.id());
        assertThat(last.get("after").isNull()).isTrue();

        assertThat(expect(400, "GET", base(org) + "/members/page/?after=garbage", alice, null).json()
                .get("errors").get("after")).isNotNull();
        assertThat(expect(400, "GET", base(org) + "/members/page/?page_size=100000", alice, null).json()
                .get("errors").get("page_size")).isNotNull();
        expect(404, "GET", base("no-such-organization") + "/members/page/", alice, null);
    }

    @Test
    void a_page_of_members_masks_emails_for_who_is_looking() {
        var org = organization(alice, "Pages Masked Per Viewer");
        add(org, alice, bob, "editor");
        var path = base(org) + "/members/page/";

        // a member sees the start of an address, an outsider only its domain: the page knows who is a member
        assertThat(expect(200, "GET", path, bob, null).json().get("data").get(0).get("user").get("email")
                .getStringValue()).isEqualTo("al***@example.org");
        assertThat(expect(200, "GET", path, dave, null).json().get("data").get(0).get("user").get("email")
                .getStringValue()).isEqualTo("***@example.org");
    }

    @Test
    void may_edit_answers_for_the_caller() {
        var org = organization(alice, "May Edit Checks");
        add(org, alice, bob, "editor");
        var path = base(org) + "/may-edit/?class=Dataset&id=budget-2024";

        var admin = expect(200, "GET", path, alice, null).json();
        assertThat(admin.get("may_edit").getBooleanValue()).isTrue();
        assertThat(admin.get("user").getStringValue()).isEqualTo(alice.id());
        assertThat(expect(200, "GET", path, bob, null).json().get("may_edit").getBooleanValue()).isTrue();
        assertThat(expect(200, "GET", path, dave, null).json().get("may_edit").getBooleanValue()).isFalse();
        assertThat(expect(200, "GET", path, null, null).json().get("may_edit").getBooleanValue()).isFalse();

        assertThat(expect(400, "GET", base(org) + "/may-edit/?class=Spreadsheet&id=x", alice, null).json()
                .get("errors").get("class")).isNotNull();
        assertThat(expect(400, "GET", base(org) + "/may-edit/?class=Dataset", alice, null).json()
                .get("errors").get("id")).isNotNull();
    }

    @Test
    void leave_and_hand_over() {
        var org = organization(alice, "Leaving Club");
        add(org, alice, bob, "editor");
        add(org, alice, carol, "editor");
        assertThat(expect(200, "POST", base(org) + "/leave/", carol, null).text("user")).isEqualTo(carol.id());
        var last = expect(400, "POST", base(org) + "/leave/", alice, null);
        assertThat(last.text("rule")).isEqualTo("LAST_ADMIN");

        var noSuccessor = expect(400, "POST", base(org) + "/hand-over/", alice, "{}");
        assertThat(noSuccessor.json().get("errors").get("successor")).isNotNull();
        var handed = expect(200, "POST", base(org) + "/hand-over/", alice, "{\"successor\": \"" + bob.id() + "\"}");
        assertThat(handed.text("role")).isEqualTo("admin");
    }

    @Test
    void invite_with_a_delay_resend_and_accept_with_a_role() {
        var org = organization(alice, "Invitations With Delays");
        var invitation = expect(201, "POST", base(org) + "/invitations/", alice,
                "{\"email\": \"late@example.org\", \"expires_in\": \"2d\"}").text("id");
        var tooLong = expect(400, "POST", base(org) + "/invitations/", alice,
                "{\"email\": \"x@example.org\", \"expires_in\": 99999999}");
        assertThat(tooLong.json().get("errors").get("expires_in")).isNotNull();

        assertThat(expect(200, "POST", base(org) + "/invitations/" + invitation + "/resend/", alice,
                "{\"expires_in\": 3600}").text("status")).isEqualTo("pending");
        expect(404, "POST", base(org) + "/invitations/no-such-invitation/resend/", alice, null);

        var request = expect(201, "POST", "/organizations/" + org + "/membership/", dave,
                "{\"comment\": \"let me in\"}").text("id");
        var badRole = expect(400, "POST", base(org) + "/requests/" + request + "/accept/", alice,
                "{\"role\": \"boss\"}");
        assertThat(badRole.json().get("errors").get("role")).isNotNull();
        assertThat(expect(200, "POST", base(org) + "/requests/" + request + "/accept/", alice,
                "{\"role\": \"admin\"}").text("role")).isEqualTo("admin");
    }

    @Test
    void bulk_invite_is_all_or_nothing_naming_the_lines() {
        var org = organization(alice, "Bulk Invitations");
        add(org, alice, bob, "editor");
        var refused = expect(400, "POST", base(org) + "/members/bulk-invite/", alice,
                "{\"invitees\": [\"one@example.org\", \"" + bob.id() + "\"], \"role\": \"editor\"}");
        assertThat(refused.text("rule")).isEqualTo("LINES_REFUSED");
        assertThat(refused.json().get("lines").get(0).get("line").getIntValue()).isEqualTo(2);
        var invited = expect(201, "POST", base(org) + "/members/bulk-invite/", alice,
                "{\"invitees\": [\"one@example.org\", \"" + carol.id() + "\"], \"role\": \"editor\"}").json();
        assertThat(invited.size()).isEqualTo(2);
        var empty = expect(400, "POST", base(org) + "/members/bulk-invite/", alice, "{}");
        assertThat(empty.json().get("errors").get("invitees")).isNotNull();
    }

    @Test
    void plan_and_apply() {
        var org = organization(alice, "Planned Members");
        add(org, alice, bob, "editor");
        var list = "[{\"user\": \"" + alice.id() + "\", \"role\": \"admin\"}, {\"email\": \"new@example.org\"}]";
        var noPolicy = expect(400, "POST", base(org) + "/members/plan/", alice, "{\"members\": " + list + "}");
        assertThat(noPolicy.json().get("errors").get("removal_policy")).isNotNull();

        var plan = expect(200, "POST", base(org) + "/members/plan/", alice,
                "{\"removal_policy\": \"remove_missing\", \"members\": " + list + "}").json();
        assertThat(plan.get("steps").size()).isEqualTo(2);
        var applied = expect(200, "POST", base(org) + "/members/apply/", alice,
                "{\"removal_policy\": \"remove_missing\", \"members\": " + list + "}").json();
        assertThat(applied.get("steps").size()).isEqualTo(2);
        assertThat(expect(200, "POST", base(org) + "/members/apply/", alice,
                "{\"removal_policy\": \"remove_missing\", \"members\": " + list + "}").json().get("empty")
                .getBooleanValue()).isTrue();

        var demoting = "[{\"user\": \"" + alice.id() + "\", \"role\": \"editor\"}]";
        var refused = expect(400, "POST", base(org) + "/members/apply/", alice,
                "{\"removal_policy\": \"keep_missing\", \"members\": " + demoting + "}");
        assertThat(refused.text("rule")).isEqualTo("LINES_REFUSED");
        assertThat(refused.json().get("lines").get(0).get("rule").getStringValue()).isEqualTo("LAST_ADMIN");
        var refusedPlan = expect(200, "POST", base(org) + "/members/plan/", alice,
                "{\"removal_policy\": \"keep_missing\", \"members\": " + demoting + "}").json();
        assertThat(refusedPlan.get("refusals").get(0).get("line").getIntValue()).isEqualTo(1);
    }

    @Test
    void domains_and_the_join_role() {
        var org = organization(alice, "Domain Owners");
        var declared = expect(201, "POST", base(org) + "/domains/", alice, "{\"domain\": \"owners.example\"}");
        assertThat(declared.json().get("domains").get(0).get("verified").getBooleanValue()).isFalse();
        var bad = expect(400, "POST", base(org) + "/domains/", alice, "{\"domain\": \"not a domain\"}");
        assertThat(bad.json().get("errors").get("domain")).isNotNull();

        expect(403, "POST", base(org) + "/domains/owners.example/verify/", alice, null);
        assertThat(expect(200, "POST", base(org) + "/domains/owners.example/verify/", root, null).json()
                .get("domains").get(0).get("verified").getBooleanValue()).isTrue();
        assertThat(expect(200, "GET", base(org) + "/domains/", alice, null).json().get("domains").size())
                .isEqualTo(1);
        expect(401, "GET", base(org) + "/domains/", null, null);

        assertThat(expect(200, "PUT", base(org) + "/join-role/", alice,
                "{\"default_join_role\": \"partial_editor\"}").text("default_join_role")).isEqualTo("partial_editor");
        var admin = expect(400, "PUT", base(org) + "/join-role/", alice, "{\"default_join_role\": \"admin\"}");
        assertThat(admin.json().get("errors").get("default_join_role")).isNotNull();

        assertThat(expect(200, "DELETE", base(org) + "/domains/owners.example/", alice, null).json().get("domains")
                .size()).isZero();
        expect(403, "DELETE", base(org) + "/domains/owners.example/", dave, null);
    }
}
