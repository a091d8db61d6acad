package io.memberkit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.bootstrap.wiring.Memberkit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand through {@code MemberkitCli.run}, on one in-memory database for the class (a memberkit opened
 * once; the command objects, parsing, exit codes and printing are the real ones). Givens are made with the command
 * line too, reading ids from its JSON output.
 */
class CommandLineTest {
    private static final String DB = "cli-test";
    private static Memberkit memberkit;
    static String root;
    static String alice;
    static String bob;
    static String carol;
    static String dave;
    static String agglo;

    @BeforeAll
    static void aDatabaseWithPeopleAndAnOrganization() throws Exception {
        memberkit = Memberkit.builder().inMemory(DB).build();
        root = register("Root", "Admin", "root@example.org");
        alice = register("Alice", "Martin", "alice@example.org");
        bob = register("Bruno", "Lefevre", "bruno@example.org");
        carol = register("Chloe", "Dubois", "chloe@example.org");
        dave = register("Damien", "Moreau", "damien@example.org");
        // the first site admin cannot be made through memberkit itself: the platform sets it
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:" + DB, "sa", "");
             var statement = connection.prepareStatement("UPDATE users SET roles = 'admin' WHERE id = ?")) {
            statement.setString(1, root);
            statement.executeUpdate();
        }
        agglo = ok("orgs", "create", "--as", alice, "--name", "Agglomération de la Métadonnée", "--acronym", "AMD",
                "-o", "json").text("id");
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

    private static String register(String first, String last, String email) {
        return ok("users", "register", "--first-name", first, "--last-name", last, "--email", email, "-o", "json")
                .text("id");
    }

    private static String newOrganization(String admin, String name) {
        return ok("orgs", "create", "--as", admin, "--name", name, "-o", "json").text("id");
    }

    @Nested
    class Quickstart {
        @Test
        void tells_the_story_on_a_fresh_embedded_database(@TempDir Path directory) {
            var out = new StringWriter();
            var err = new StringWriter();
            int exit = MemberkitCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "quickstart",
                    "--data-dir", directory.resolve("fresh").toString());

            assertThat(exit).as(err.toString()).isZero();
            assertThat(out.toString())
                    .contains("refused (LAST_ADMIN)")
                    .contains("May Damien edit Dataset:transport-lines? yes (assigned)")
                    .contains("May he edit Dataset:population? no (not assigned)")
                    .contains("== Agglomération de la Métadonnée (agglomeration-de-la-metadonnee)");
        }

        @Test
        void refuses_a_data_directory_that_is_not_empty(@TempDir Path directory) throws Exception {
            java.nio.file.Files.writeString(directory.resolve("something"), "x");
            var err = new StringWriter();
            int exit = MemberkitCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "quickstart",
                    "--data-dir", directory.toString());

            assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("--data-dir");
        }
    }

    @Nested
    class Me {
        @Test
        void show_prints_a_table_and_json_in_udata_shape() {
            assertThat(ok("me", "show", "--as", alice).out()).contains("alice@example.org").contains("Alice Martin");

            var json = ok("me", "show", "--as", alice, "-o", "json").json();
            assertThat(json.get("first_name").getStringValue()).isEqualTo("Alice");
            assertThat(json.get("email").getStringValue()).isEqualTo("alice@example.org");
            var organizations = new ArrayList<String>();
            json.get("organizations").values().forEach(o -> organizations.add(o.get("id").getStringValue()));
            assertThat(organizations).contains(agglo);
            assertThat(json.get("roles").size()).isZero();
        }

        @Test
        void the_global_options_may_come_before_the_subcommand() {
            assertThat(ok("--as", alice, "-o", "json", "me", "show").text("id")).isEqualTo(alice);
        }

        @Test
        void anonymous_is_refused_with_exit_1() {
            var run = run("me", "show");

            assertThat(run.exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run.err()).startsWith("forbidden:");
        }

        @Test
        void update_changes_the_given_fields_and_a_bad_email_names_the_option() {
            var someone = register("Eve", "Durand", "eve.durand@example.org");

            var json = ok("me", "update", "--as", someone, "--about", "Data steward", "-o", "json").json();
            assertThat(json.get("about").getStringValue()).isEqualTo("Data steward");
            assertThat(json.get("first_name").getStringValue()).isEqualTo("Eve");

            var bad = run("me", "update", "--as", someone, "--email", "not-an-email");
            assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(bad.err()).startsWith("invalid input: --email:");
        }

        @Test
        void orgs_lists_my_organizations_with_my_role() {
            var json = ok("me", "orgs", "--as", alice, "-o", "json").json();
            var roles = new ArrayList<String>();
            json.values().forEach(m -> roles.add(m.get("role").getStringValue()));

            assertThat(roles).isNotEmpty().containsOnly("admin");
            assertThat(ok("me", "orgs", "--as", alice).out()).contains("agglomeration-de-la-metadonnee")
                    .contains("admin");
        }

        @Test
        void delete_removes_an_account_but_not_an_organizations_last_admin() {
            var leaving = register("Gaston", "Lagaffe", "gaston@example.org");
            var sole = register("Sole", "Admin", "sole@example.org");
            newOrganization(sole, "Sole Organization");

            assertThat(ok("me", "delete", "--as", leaving).out()).contains("Deleted account " + leaving);
            var refused = run("me", "delete", "--as", sole);
            assertThat(refused.exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(refused.err()).startsWith("refused (LAST_ADMIN)");
        }
    }

    @Nested
    class Users {
        @Test
        void list_is_for_site_admins_with_paging_and_a_named_bad_sort() {
            assertThat(run("users", "list", "--as", alice).exit()).isEqualTo(ExitCodes.REFUSED);

            var page = ok("users", "list", "--as", root, "--page-size", "2", "--sort", "first_name", "-o", "json")
                    .json();
            assertThat(page.get("page_size").getIntValue()).isEqualTo(2);
            assertThat(page.get("total").getLongValue()).isGreaterThanOrEqualTo(5);
            assertThat(page.get("data").size()).isEqualTo(2);
            assertThat(page.get("next_page").getStringValue()).isEqualTo("2");
            assertThat(ok("users", "list", "--as", root, "--q", "alice").out()).contains("Alice Martin")
                    .doesNotContain("Bruno");

            var bad = run("users", "list", "--as", root, "--sort", "-shoe_size");
            assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(bad.err()).contains("--sort").contains("first_name");
            assertThat(run("users", "list", "--as", root, "--page", "0").err()).contains("--page");
            assertThat(run("users", "list", "--as", root, "--page-size", "many").exit())
                    .isEqualTo(ExitCodes.BAD_INPUT);
        }

        @Test
        void show_hides_the_email_from_a_third_party_and_an_unknown_id_is_exit_4() {
            assertThat(ok("users", "show", bob, "--as", alice, "-o", "json").json().get("email").isNull()).isTrue();
            assertThat(ok("users", "show", bob, "--as", root, "-o", "json").text("email"))
                    .isEqualTo("bruno@example.org");
            assertThat(ok("users", "show", bob).out()).contains("Bruno Lefevre");

            var missing = run("users", "show", "nobody");
            assertThat(missing.exit()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(missing.err()).startsWith("not found:");
        }

        @Test
        void create_update_and_delete_are_for_site_admins() {
            var created = ok("users", "create", "--as", root, "--first-name", "Hubert", "--last-name", "Bonisseur",
                    "--email", "hubert@example.org", "--role", "admin", "-o", "json").json();
            var id = created.get("id").getStringValue();
            assertThat(created.get("roles").get(0).getStringValue()).isEqualTo("admin");
            assertThat(run("users", "create", "--as", root, "--first-name", "X", "--last-name", "Y", "--email",
                    "xy@example.org", "--role", "king").err()).contains("--role").contains("king");
            assertThat(run("users", "create", "--as", alice, "--first-name", "X", "--last-name", "Y", "--email",
                    "xy@example.org").exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run("users", "create", "--as", root, "--last-name", "Y", "--email", "xy@example.org").err())
                    .startsWith("invalid input: --first-name");

            var updated = ok("users", "update", id, "--as", root, "--no-roles", "--website", "https://example.org",
                    "-o", "json").json();
            assertThat(updated.get("roles").size()).isZero();
            assertThat(updated.get("website").getStringValue()).isEqualTo("https://example.org");
            assertThat(run("users", "update", id, "--as", root, "--website", "foo").err()).contains("--website");

            assertThat(ok("users", "delete", id, "--as", root, "--no-mail").out()).contains("Deleted account");
            assertThat(run("users", "delete", id, "--as", root).exit()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run("users", "delete", root, "--as", root).exit()).isEqualTo(ExitCodes.REFUSED);
        }

        @Test
        void roles_and_suggest() {
            assertThat(ok("users", "roles", "-o", "json").json().get(0).get("name").getStringValue())
                    .isEqualTo("admin");
            var suggested = ok("users", "suggest", "Chl", "-o", "json").json();
            assertThat(suggested.get(0).get("id").getStringValue()).isEqualTo(carol);
            assertThat(ok("users", "suggest", "Chl").out()).contains("Chloe Dubois");

            var bad = run("users", "suggest", "Chl", "--size", "0");
            assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(bad.err()).contains("--size").contains("between 1 and 20");
        }

        @Test
        void follow_unfollow_and_followers() {
            assertThat(ok("users", "follow", dave, "--as", carol, "-o", "json").json().get("followers").getLongValue())
                    .isEqualTo(1);
            assertThat(ok("users", "follow", dave, "--as", carol).out()).startsWith("Already following");
            assertThat(ok("users", "followers", dave, "-o", "json").json().get("data").get(0).get("follower")
                    .get("id").getStringValue()).isEqualTo(carol);
            assertThat(run("users", "follow", carol, "--as", carol).exit()).isEqualTo(ExitCodes.REFUSED);

            assertThat(ok("users", "unfollow", dave, "--as", carol, "-o", "json").json().get("followers")
                    .getLongValue()).isZero();
            assertThat(run("users", "unfollow", dave, "--as", carol).exit()).isEqualTo(ExitCodes.NOT_FOUND);
        }
    }

    @Nested
    class Organizations {
        @Test
        void list_filters_by_badge_name_and_siret_and_names_bad_values() {
            var page = ok("orgs", "list", "--name", "agglomération de la métadonnée", "-o", "json").json();
            assertThat(page.get("total").getLongValue()).isEqualTo(1);
            assertThat(page.get("data").get(0).get("id").getStringValue()).isEqualTo(agglo);
            assertThat(page.get("data").get(0).get("requests")).isNull();
            assertThat(ok("orgs", "list", "--sort", "-name").out()).contains("agglomeration-de-la-metadonnee");

            var badge = run("orgs", "list", "--badge", "bad-badge");
            assertThat(badge.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(badge.err()).contains("--badge").contains("public-service");
            assertThat(run("orgs", "list", "--siret", "123").err())
                    .contains("--siret").contains("A siret number is made of 14 digits");
        }

        @Test
        void show_by_slug_with_members_and_masked_emails_per_viewer() {
            assertThat(ok("orgs", "show", "agglomeration-de-la-metadonnee").out()).contains("Alice Martin")
                    .contains("***@example.org");
            var asAdmin = ok("orgs", "show", agglo, "--as", alice, "-o", "json").json();
            assertThat(asAdmin.get("members").get(0).get("user").get("email").getStringValue())
                    .isEqualTo("al***@example.org");
            assertThat(asAdmin.get("permissions").get("members").getBooleanValue()).isTrue();
            assertThat(ok("orgs", "show", agglo, "--as", root, "-o", "json").json().get("members").get(0)
                    .get("user").get("email").getStringValue()).isEqualTo("alice@example.org");
            assertThat(run("orgs", "show", "no-such-org").exit()).isEqualTo(ExitCodes.NOT_FOUND);
        }

        @Test
        void create_update_delete_and_a_deleted_organization_is_gone() {
            var id = newOrganization(bob, "Bureau des Données");
            assertThat(ok("orgs", "update", id, "--as", bob, "--acronym", "BDD", "--siret", "13002526500013",
                    "-o", "json").json().get("business_number_id").getStringValue()).isEqualTo("13002526500013");
            assertThat(run("orgs", "update", id, "--as", bob, "--siret", "1300252650001x").err())
                    .contains("--siret").contains("only made of digits");
            assertThat(run("orgs", "update", id, "--as", carol, "--acronym", "X").exit())
                    .isEqualTo(ExitCodes.REFUSED);

            assertThat(ok("orgs", "delete", id, "--as", bob).out()).startsWith("Deleted");
            assertThat(run("orgs", "show", id, "--as", carol).exit()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run("orgs", "show", id, "--as", carol).err()).startsWith("gone:");
            assertThat(run("orgs", "delete", id, "--as", bob).exit()).isEqualTo(ExitCodes.NOT_FOUND);
        }

        @Test
        void suggest_roles_badges_follows_and_permissions() {
            assertThat(ok("orgs", "suggest", "agglo", "-o", "json").json().get(0).get("id").getStringValue())
                    .isEqualTo(agglo);
            assertThat(ok("orgs", "roles").out()).contains("partial_editor").contains("Partial editor");

            assertThat(run("orgs", "badge", "add", agglo, "certified", "--as", alice).exit())
                    .isEqualTo(ExitCodes.REFUSED);
            assertThat(run("orgs", "badge", "add", agglo, "golden", "--as", root).err()).contains("<badge>");
            assertThat(ok("orgs", "badge", "add", agglo, "public-service", "--as", root).out())
                    .contains("public-service");
            assertThat(ok("orgs", "list", "--badge", "public-service", "-o", "json").json().get("total")
                    .getLongValue()).isEqualTo(1);
            assertThat(ok("orgs", "badge", "remove", agglo, "public-service", "--as", root).out()).contains("none");
            assertThat(run("orgs", "badge").exit()).isEqualTo(ExitCodes.BAD_INPUT);

            assertThat(ok("orgs", "follow", agglo, "--as", dave, "-o", "json").json().get("followers")
                    .getLongValue()).isEqualTo(1);
            assertThat(ok("orgs", "followers", agglo).out()).contains("Damien Moreau");
            assertThat(ok("orgs", "unfollow", agglo, "--as", dave).out()).contains("0 followers");

            var permissions = ok("orgs", "permissions", agglo, "--as", alice, "-o", "json").json();
            assertThat(permissions.get("edit").getBooleanValue()).isTrue();
            assertThat(ok("permissions", "show", agglo, "--as", dave).out()).contains("private").contains("false");
        }
    }

    @Nested
    class MembersInvitationsAndRequests {
        @Test
        void invite_accept_change_role_and_the_last_admin_stays() {
            var org = newOrganization(alice, "Invitations Lab");
            var invitation = ok("members", "invite", org, "--as", alice, "--user", bob, "--role", "editor",
                    "--comment", "Welcome", "-o", "json").json();
            assertThat(invitation.get("kind").getStringValue()).isEqualTo("invitation");
            assertThat(invitation.get("status").getStringValue()).isEqualTo("pending");
            var id = invitation.get("id").getStringValue();

            assertThat(ok("me", "invitations", "--as", bob).out()).contains(id).contains("invitations-lab");
            assertThat(ok("invitations", "list-mine", "--as", bob, "-o", "json").json().get(0).get("id")
                    .getStringValue()).isEqualTo(id);
            assertThat(ok("invitations", "accept", id, "--as", bob).out()).contains("now editor of invitations-lab");
            assertThat(run("me", "accept", id, "--as", bob).exit()).isEqualTo(ExitCodes.REFUSED);

            var members = ok("members", "list", org, "--as", alice, "-o", "json").json();
            assertThat(members.get("total").getLongValue()).isEqualTo(2);
            assertThat(ok("members", "list", org, "--role", "editor").out()).contains("Bruno Lefevre")
                    .doesNotContain("Alice");
            assertThat(run("members", "list", org, "--role", "boss").err()).contains("--role");

            assertThat(run("members", "role", org, bob, "admin", "--as", bob).exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run("members", "role", org, bob, "chief", "--as", alice).err()).contains("<role>");
            var last = run("members", "remove", org, alice, "--as", alice);
            assertThat(last.exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(last.err()).startsWith("refused (LAST_ADMIN):");
            assertThat(run("members", "role", org, alice, "editor", "--as", alice).err())
                    .startsWith("refused (LAST_ADMIN)");

            assertThat(ok("members", "role", org, bob, "admin", "--as", alice, "-o", "json").text("role"))
                    .isEqualTo("admin");
            assertThat(ok("members", "remove", org, alice, "--as", bob).out()).contains("Removed");
            assertThat(run("members", "remove", org, alice, "--as", bob).exit()).isEqualTo(ExitCodes.NOT_FOUND);
        }

        @Test
        void invite_needs_exactly_one_of_user_and_email_and_refuse_and_cancel() {
            var org = newOrganization(alice, "Invitee Rules");
            var neither = run("members", "invite", org, "--as", alice);
            assertThat(neither.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(neither.err()).contains("--user").contains("--email");
            assertThat(run("members", "invite", org, "--as", alice, "--user", bob, "--email", "x@example.org")
                    .err()).contains("mutually exclusive");
            assertThat(run("members", "invite", org, "--as", alice, "--email", "nope").err())
                    .startsWith("invalid input: --email");
            assertThat(run("members", "invite", org, "--as", alice, "--user", bob, "--role", "boss").err())
                    .contains("--role").contains("partial_editor");
            assertThat(run("members", "invite", org, "--as", bob, "--user", carol).exit())
                    .isEqualTo(ExitCodes.REFUSED);

            var toEmail = ok("members", "invite", org, "--as", alice, "--email", "newcomer@example.org", "-o", "json")
                    .json();
            assertThat(toEmail.get("email").getStringValue()).isEqualTo("newcomer@example.org");
            assertThat(toEmail.get("user").isNull()).isTrue();
            assertThat(ok("invitations", "cancel", org, toEmail.get("id").getStringValue(), "--as", alice).out())
                    .contains("canceled");

            var toCarol = ok("members", "invite", org, "--as", alice, "--user", carol, "-o", "json").text("id");
            assertThat(ok("invitations", "refuse", toCarol, "--as", carol).out()).contains("refused");
            assertThat(run("invitations", "refuse", toCarol, "--as", carol).exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run("invitations", "accept", "unknown-invitation", "--as", carol).exit())
                    .isEqualTo(ExitCodes.NOT_FOUND);
        }

        @Test
        void a_membership_request_is_listed_accepted_once_or_refused_with_a_comment() {
            var org = newOrganization(alice, "Open Door");
            var request = ok("requests", "create", org, "--as", carol, "--comment", "Let me in", "-o", "json").json();
            assertThat(request.get("kind").getStringValue()).isEqualTo("request");
            var id = request.get("id").getStringValue();
            assertThat(run("requests", "create", org, "--as", dave).err()).contains("--comment");

            var listed = ok("requests", "list", org, "--as", alice, "--status", "pending", "-o", "json").json();
            assertThat(listed.get("data").get(0).get("user").get("email").getStringValue())
                    .isEqualTo("ch***@example.org");
            assertThat(run("requests", "list", org, "--as", dave).exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(ok("requests", "list", org, "--as", carol, "--user", carol).out()).contains("Let me in");
            assertThat(run("requests", "list", org, "--as", alice, "--status", "maybe").err()).contains("--status");

            assertThat(ok("requests", "accept", org, id, "--as", alice).out()).contains("now editor");
            assertThat(run("requests", "accept", org, id, "--as", alice).exit()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run("requests", "accept", org, "unknown", "--as", alice).exit())
                    .isEqualTo(ExitCodes.NOT_FOUND);

            var second = ok("requests", "create", org, "--as", dave, "--comment", "Me too", "-o", "json").text("id");
            assertThat(run("requests", "refuse", org, second, "--as", alice).exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run("requests", "refuse", org, second, "--as", alice, "--comment", " ").err())
                    .contains("--comment");
            assertThat(ok("requests", "refuse", org, second, "--as", alice, "--comment", "No", "-o", "json")
                    .text("refusal_comment")).isEqualTo("No");
        }
    }

    @Nested
    class AssignmentsSubjectsPermissionsAudit {
        @Test
        void a_partial_editor_edits_only_what_is_assigned_and_the_trail_says_so() {
            var org = newOrganization(alice, "Partial Works");
            ok("subjects", "register", org, "Dataset:budget", "--as", alice);
            ok("subjects", "register", org, "Dataset:roads", "--as", alice);
            assertThat(run("subjects", "register", org, "Budget", "--as", alice).err()).contains("Class:id");
            var invitation = ok("members", "invite", org, "--as", alice, "--user", dave, "--role", "partial_editor",
                    "--assign", "Dataset:budget", "-o", "json").json();
            assertThat(invitation.get("assignments").get(0).get("class").getStringValue()).isEqualTo("Dataset");
            ok("me", "accept", invitation.get("id").getStringValue(), "--as", dave);

            assertThat(ok("permissions", "may-edit", org, "Dataset:budget", "--as", dave).out()).isEqualTo("yes");
            assertThat(ok("permissions", "may-edit", org, "Dataset:roads", "--as", dave).out()).isEqualTo("no");
            assertThat(ok("permissions", "may-edit", org, "Dataset:roads", "--as", dave, "-o", "json").json()
                    .get("may_edit").getBooleanValue()).isFalse();

            var synced = ok("assignments", "sync", org, dave, "Dataset:budget", "Dataset:roads", "--as", alice,
                    "-o", "json").json();
            assertThat(synced.size()).isEqualTo(2);
            assertThat(ok("assignments", "list", org, "--as", alice).out()).contains("Dataset:roads")
                    .contains("Damien Moreau");
            assertThat(run("assignments", "sync", org, alice, "Dataset:roads", "--as", alice).err())
                    .startsWith("refused (NOT_PARTIAL_EDITOR)");
            assertThat(ok("assignments", "sync", org, dave, "--as", alice, "-o", "json").json().size()).isZero();

            assertThat(ok("subjects", "remove", "Dataset:roads", "--as", alice).out()).contains("Removed");
            assertThat(run("subjects", "remove", "Dataset:roads", "--as", alice).exit())
                    .isEqualTo(ExitCodes.NOT_FOUND);

            var trail = ok("audit", "list", org, "--as", alice, "-o", "json").json();
            var types = new ArrayList<String>();
            trail.get("data").values().forEach(e -> types.add(e.get("type").getStringValue()));
            assertThat(types).contains("MemberInvited", "InvitationAccepted", "AssignmentsSynced");
            assertThat(ok("audit", "list", org, "--as", alice).out()).contains("MemberInvited");
            assertThat(run("audit", "list", org, "--as", carol).exit()).isEqualTo(ExitCodes.REFUSED);
        }
    }

    @Nested
    class ApiKeys {
        @Test
        void the_token_is_shown_once_and_never_listed() {
            var created = ok("apikey", "create", "--as", carol, "--name", "laptop", "-o", "json").json();
            var token = created.get("token").getStringValue();
            var id = created.get("id").getStringValue();
            assertThat(token).startsWith("mk_");
            assertThat(ok("apikey", "create", "--as", carol).out()).contains("shown this once");

            var list = ok("apikey", "list", "--as", carol);
            assertThat(list.out()).contains(id).contains("laptop").doesNotContain(token);
            assertThat(ok("apikey", "list", "--as", carol, "-o", "json").out()).doesNotContain(token)
                    .contains("\"prefix\":\"" + token.substring(0, 8) + "\"");

            assertThat(run("apikey", "revoke", id, "--as", dave).exit()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(ok("apikey", "revoke", id, "--as", carol, "-o", "json").json().get("revoked").isNull())
                    .isFalse();
            assertThat(run("apikey", "revoke", id, "--as", carol).exit()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run("apikey", "create").exit()).isEqualTo(ExitCodes.REFUSED);
        }
    }

    @Nested
    class Usage {
        @Test
        void bad_usage_is_exit_2_naming_what_is_wrong() {
            var output = run("me", "show", "--as", alice, "--output", "yaml");
            assertThat(output.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(output.err()).contains("--output");
            assertThat(run("members").exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run("members").err()).contains("invite");
            assertThat(run("teleport").exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run("users", "show").err()).contains("<user id>");
            assertThat(run("serve", "--port", "70000").err()).contains("--port");
        }

        @Test
        void help_lists_every_area() {
            var help = ok("--help").out();
            for (var area : List.of("quickstart", "me", "users", "orgs", "members", "invitations", "requests",
                    "assignments", "subjects", "permissions", "audit", "apikey", "serve")) {
                assertThat(help).contains(area);
            }
        }
    }
}
