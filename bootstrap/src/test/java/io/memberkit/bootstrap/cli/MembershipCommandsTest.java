package io.memberkit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.bootstrap.wiring.Memberkit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands of issue 11 (membership beyond the anchors), each allowed once and refused once, on a fresh
 * in-memory site whose first account makes itself site admin with the command line. The clock can be moved, so an
 * invitation can expire.
 */
class MembershipCommandsTest {
    private static final String DB = "cli-membership-test";
    private static final MovableClock CLOCK = new MovableClock();
    private static Memberkit memberkit;
    static String root;
    static String alice;
    static String bob;
    static String carol;
    static String dave;

    @TempDir
    static Path files;

    /** A clock tests move forward. */
    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }
    }

    @BeforeAll
    static void aFreshSite() {
        memberkit = Memberkit.builder().inMemory(DB).clock(CLOCK).invitationRateLimit(10_000, Duration.ofHours(24))
                .build();
        root = register("Root", "Admin", "root@example.org");
        alice = register("Alice", "Martin", "alice@example.org");
        bob = register("Bruno", "Lefevre", "bruno@example.org");
        carol = register("Chloe", "Dubois", "chloe@example.org");
        dave = register("Damien", "Moreau", "damien@example.org");
        var promoted = ok("users", "promote-first-admin", "--as", root, "-o", "json").json();
        assertThat(promoted.get("roles").get(0).getStringValue()).isEqualTo("admin");
    }

    @AfterAll
    static void close() {
        memberkit.close();
    }

    static CliRun run(String... args) {
        return CliRun.of(memberkit, args);
    }

    static CliRun ok(String... args) {
        return CliRun.expect(memberkit, ExitCodes.DONE, args);
    }

    static CliRun fails(int exit, String... args) {
        return CliRun.expect(memberkit, exit, args);
    }

    private static String register(String first, String last, String email) {
        return ok("users", "register", "--first-name", first, "--last-name", last, "--email", email, "-o", "json")
                .text("id");
    }

    private static String organization(String admin, String name) {
        return ok("orgs", "create", "--as", admin, "--name", name, "-o", "json").text("id");
    }

    private static void member(String org, String admin, String user, String role) {
        ok("members", "add", org, user, "--role", role, "--as", admin);
    }

    private static Path file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text);
    }

    @Test
    void promote_first_admin_is_refused_once_the_site_has_one() {
        var again = fails(ExitCodes.REFUSED, "users", "promote-first-admin", "--as", alice);
        assertThat(again.err()).startsWith("forbidden").contains("administrator already");
    }

    @Test
    void verify_email_is_for_site_admins() {
        assertThat(ok("users", "verify-email", carol, "--as", root).out()).contains("chloe@example.org is verified");
        fails(ExitCodes.REFUSED, "users", "verify-email", dave, "--as", alice);
        fails(ExitCodes.NOT_FOUND, "users", "verify-email", "nobody-at-all", "--as", root);
    }

    @Test
    void add_count_and_list_with_q() {
        var org = organization(alice, "Direct Adds");
        assertThat(ok("members", "add", org, bob, "--role", "editor", "--as", alice).out())
                .contains(bob + " is now editor");
        fails(ExitCodes.REFUSED, "members", "add", org, carol, "--as", bob);
        fails(ExitCodes.BAD_INPUT, "members", "add", org, carol, "--role", "boss", "--as", alice);

        var counts = ok("members", "count", org, "--as", alice, "-o", "json").json();
        assertThat(counts.get("admin").getLongValue()).isEqualTo(1);
        assertThat(counts.get("editor").getLongValue()).isEqualTo(1);
        assertThat(counts.get("total").getLongValue()).isEqualTo(2);
        assertThat(ok("members", "count", org, "--as", alice).out()).contains("partial_editor").contains("total");
        fails(ExitCodes.NOT_FOUND, "members", "count", "no-such-organization", "--as", alice);

        var found = ok("members", "list", org, "--q", "bru", "--as", alice, "-o", "json").json();
        assertThat(found.get("total").getLongValue()).isEqualTo(1);
        assertThat(found.get("data").get(0).get("user").get("id").getStringValue()).isEqualTo(bob);
        assertThat(ok("members", "list", org, "--q", "ALI", "--as", alice).out()).contains("Alice Martin")
                .doesNotContain("Bruno");
        fails(ExitCodes.BAD_INPUT, "members", "list", org, "--q", "a\nb", "--as", alice);
    }

    @Test
    void leave_and_hand_over() {
        var org = organization(alice, "Leaving Club");
        member(org, alice, bob, "editor");
        member(org, alice, carol, "editor");
        assertThat(ok("members", "leave", org, "--as", carol).out()).contains("You left");
        var last = fails(ExitCodes.REFUSED, "members", "leave", org, "--as", alice);
        assertThat(last.err()).startsWith("refused (LAST_ADMIN)");

        fails(ExitCodes.REFUSED, "members", "hand-over", org, "--to", bob, "--as", bob);
        assertThat(run("members", "hand-over", org, "--to", dave, "--as", alice).exit()).isNotZero();
        fails(ExitCodes.BAD_INPUT, "members", "hand-over", org, "--as", alice);
        var handed = ok("members", "hand-over", org, "--to", bob, "--as", alice, "-o", "json").json();
        assertThat(handed.get("role").getStringValue()).isEqualTo("admin");
        var members = ok("members", "list", org, "--as", bob, "-o", "json").json();
        assertThat(members.get("total").getLongValue()).isEqualTo(1);
    }

    @Test
    void invite_with_a_delay_expires_shows_expired_and_resend_starts_it_over() {
        var org = organization(alice, "Expiring Invitations");
        var invitation = ok("members", "invite", org, "--email", "late@example.org", "--expires-in", "1h", "--as",
                alice, "-o", "json").text("id");
        fails(ExitCodes.BAD_INPUT, "members", "invite", org, "--email", "x@example.org", "--expires-in", "soon",
                "--as", alice);
        fails(ExitCodes.BAD_INPUT, "members", "invite", org, "--email", "x@example.org", "--expires-in", "400d",
                "--as", alice);

        assertThat(ok("invitations", "list", org, "--as", alice).out()).contains("late@example.org")
                .contains("pending");
        CLOCK.advance(Duration.ofHours(2));
        var listed = ok("invitations", "list", org, "--as", alice, "-o", "json").json();
        assertThat(listed.get("data").get(0).get("status").getStringValue()).isEqualTo("expired");
        assertThat(ok("invitations", "list", org, "--as", alice).out()).contains("expired");
        fails(ExitCodes.REFUSED, "invitations", "list", org, "--as", dave);

        assertThat(ok("invitations", "resend", org, invitation, "--expires-in", "3d", "--as", alice).out())
                .contains("sent again");
        assertThat(ok("invitations", "list", org, "--as", alice, "-o", "json").json().get("data").get(0)
                .get("status").getStringValue()).isEqualTo("pending");
        fails(ExitCodes.REFUSED, "invitations", "resend", org, invitation, "--as", dave);
        fails(ExitCodes.NOT_FOUND, "invitations", "resend", org, "no-such-invitation", "--as", alice);
    }

    @Test
    void accept_a_request_with_a_chosen_role() {
        var org = organization(alice, "Open House");
        var request = ok("requests", "create", org, "--comment", "let me in", "--as", dave, "-o", "json").text("id");
        fails(ExitCodes.BAD_INPUT, "requests", "accept", org, request, "--role", "boss", "--as", alice);
        fails(ExitCodes.REFUSED, "requests", "accept", org, request, "--role", "admin", "--as", dave);
        var member = ok("requests", "accept", org, request, "--role", "admin", "--as", alice, "-o", "json").json();
        assertThat(member.get("role").getStringValue()).isEqualTo("admin");
    }

    @Test
    void bulk_invite_is_all_or_nothing_naming_the_refused_lines() throws Exception {
        var org = organization(alice, "Bulk Invitations");
        member(org, alice, bob, "editor");
        var refused = fails(ExitCodes.REFUSED, "members", "bulk-invite", org, "--from",
                file("refused.txt", "first@example.org\n" + bob + "\nthird@example.org\n").toString(), "--role",
                "editor", "--as", alice);
        assertThat(refused.err()).contains("nothing invited").contains("line 2 (" + bob + ")");
        assertThat(ok("invitations", "list", org, "--as", alice, "-o", "json").json().get("total").getLongValue())
                .isZero();

        var invited = ok("members", "bulk-invite", org, "--from", file("ok.csv",
                "user_or_email\nfirst@example.org\n" + carol + "\n\nthird@example.org\n").toString(), "--role",
                "editor", "--as", alice);
        assertThat(invited.out()).contains("3 invitation(s) sent").contains("first@example.org");
        fails(ExitCodes.BAD_INPUT, "members", "bulk-invite", org, "--from", file("bad.txt", "not an address@\n")
                .toString(), "--as", alice);
        fails(ExitCodes.BAD_INPUT, "members", "bulk-invite", org, "--as", alice);
    }

    @Test
    void domains_and_the_join_role() {
        var org = organization(alice, "Domain Owners");
        assertThat(ok("orgs", "domains", "declare", org, "Domain-Owners.example", "--as", alice).out())
                .contains("domain-owners.example declared");
        fails(ExitCodes.BAD_INPUT, "orgs", "domains", "declare", org, "not a domain", "--as", alice);
        fails(ExitCodes.REFUSED, "orgs", "domains", "declare", org, "other.example", "--as", dave);

        fails(ExitCodes.REFUSED, "orgs", "domains", "verify", org, "domain-owners.example", "--as", alice);
        ok("orgs", "domains", "verify", org, "domain-owners.example", "--as", root);
        var policy = ok("orgs", "domains", "list", org, "--as", alice, "-o", "json").json();
        assertThat(policy.get("domains").get(0).get("domain").getStringValue()).isEqualTo("domain-owners.example");
        assertThat(policy.get("domains").get(0).get("verified").getBooleanValue()).isTrue();
        assertThat(ok("orgs", "domains", "list", org, "--as", alice).out()).contains("domain-owners.example")
                .contains("yes").contains("default join role: editor");

        assertThat(ok("orgs", "join-role", org, "partial_editor", "--as", alice, "-o", "json")
                .text("default_join_role")).isEqualTo("partial_editor");
        fails(ExitCodes.BAD_INPUT, "orgs", "join-role", org, "admin", "--as", alice);

        assertThat(ok("orgs", "domains", "remove", org, "domain-owners.example", "--as", alice, "-o", "json").json()
                .get("domains").size()).isZero();
        assertThat(run("orgs", "domains", "remove", org, "domain-owners.example", "--as", alice).exit()).isNotZero();
        fails(ExitCodes.BAD_INPUT, "orgs", "domains", "--as", alice);
    }

    @Test
    void plan_needs_an_explicit_removal_policy() throws Exception {
        var org = organization(alice, "Explicit Policies");
        var list = file("policy.csv", alice + ",admin,\n").toString();
        var none = fails(ExitCodes.BAD_INPUT, "members", "plan", "--org", org, "--from", list, "--as", alice);
        assertThat(none.err()).contains("--remove-missing").contains("--keep-missing");
        fails(ExitCodes.BAD_INPUT, "members", "apply", "--org", org, "--from", list, "--remove-missing",
                "--keep-missing", "--as", alice);
        fails(ExitCodes.BAD_INPUT, "members", "plan", "--org", org, "--from", file("badrole.csv",
                alice + ",boss\n").toString(), "--keep-missing", "--as", alice);
        fails(ExitCodes.REFUSED, "members", "plan", "--org", org, "--from", list, "--keep-missing", "--as", bob);
        assertThat(ok("members", "plan", org, "--from", list, "--keep-missing", "--as", alice).out())
                .contains("Nothing to do");
    }

    @Test
    void a_thousand_lines_plan_apply_and_plan_again_is_empty() throws Exception {
        var org = organization(alice, "Thousand Members");
        member(org, alice, bob, "editor");
        member(org, alice, carol, "editor");
        ok("subjects", "register", org, "Dataset:budget-2024", "--as", alice);
        var csv = new StringBuilder("user_or_email,role,assignments\n");
        csv.append(alice).append(",admin,\n");
        csv.append(bob).append(",partial_editor,Dataset:budget-2024\n");
        for (int i = 0; i < 998; i++) {
            csv.append("person").append(i).append("@example.org,editor,\n");
        }
        var list = file("thousand.csv", csv.toString()).toString();
        assertThat(csv.toString().lines().count()).isEqualTo(1001);

        var plan = ok("members", "plan", "--org", org, "--from", list, "--remove-missing", "--as", alice);
        assertThat(plan.out()).contains("person997@example.org").contains("998 invite").contains("1 remove")
                .contains("change_role");
        var json = ok("members", "plan", "--org", org, "--from", list, "--remove-missing", "--as", alice, "-o",
                "json").json();
        assertThat(json.get("steps").size()).isGreaterThanOrEqualTo(1000);
        assertThat(json.get("refusals").size()).isZero();

        var applied = ok("members", "apply", "--org", org, "--from", list, "--remove-missing", "--as", alice);
        assertThat(applied.out()).contains("998 invite");
        var counts = ok("members", "count", org, "--as", alice, "-o", "json").json();
        assertThat(counts.get("total").getLongValue()).isEqualTo(2);
        assertThat(counts.get("partial_editor").getLongValue()).isEqualTo(1);
        assertThat(ok("invitations", "list", org, "--page-size", "100", "--as", alice, "-o", "json").json()
                .get("total").getLongValue()).isEqualTo(998);

        assertThat(ok("members", "plan", "--org", org, "--from", list, "--remove-missing", "--as", alice).out())
                .contains("Nothing to do");
        assertThat(ok("members", "plan", "--org", org, "--from", list, "--remove-missing", "--as", alice, "-o",
                "json").json().get("empty").getBooleanValue()).isTrue();
        assertThat(ok("members", "apply", "--org", org, "--from", list, "--remove-missing", "--as", alice).out())
                .contains("nothing to do");

        // the same list demoting the last admin, on line 2: refused as a whole, the line named, nothing applied
        var demoting = file("demoting.csv", csv.toString().replace(alice + ",admin,", alice + ",editor,"))
                .toString();
        var refusedPlan = fails(ExitCodes.REFUSED, "members", "plan", "--org", org, "--from", demoting,
                "--remove-missing", "--as", alice);
        assertThat(refusedPlan.out()).contains("refused: line 2").contains("LAST_ADMIN");
        var refusedApply = fails(ExitCodes.REFUSED, "members", "apply", "--org", org, "--from", demoting,
                "--remove-missing", "--as", alice);
        assertThat(refusedApply.err()).contains("LINES_REFUSED").contains("line 2");
        assertThat(ok("members", "count", org, "--as", alice, "-o", "json").json().get("admin").getLongValue())
                .isEqualTo(1);
    }

    @Test
    void a_json_list_plans_like_a_csv() throws Exception {
        var org = organization(alice, "Json Lists");
        var list = file("list.json", "[{\"user\": \"" + alice + "\", \"role\": \"admin\"}, {\"email\": "
                + "\"json@example.org\", \"role\": \"editor\", \"assignments\": []}]").toString();
        var plan = ok("members", "plan", org, "--from", list, "--keep-missing", "--as", alice, "-o", "json").json();
        assertThat(plan.get("steps").get(0).get("action").getStringValue()).isEqualTo("invite");
        assertThat(plan.get("steps").get(0).get("line").getIntValue()).isEqualTo(2);
        assertThat(plan.get("removal_policy").getStringValue()).isEqualTo("keep_missing");
        ok("members", "apply", org, "--from", list, "--keep-missing", "--as", alice);
        assertThat(ok("members", "apply", org, "--from", list, "--keep-missing", "--as", alice).out())
                .contains("nothing to do");
    }
}
