package io.memberkit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.bootstrap.testing.TableRows;
import io.memberkit.bootstrap.wiring.Memberkit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input on the command line: each refusal is exit 2 naming the option and why, and the database reads the
 * same afterwards, row for row (a snapshot of every table is taken before and compared after). Each refused case
 * sits beside the nearest allowed one, so a test cannot pass by refusing everything.
 */
class CliBadInputTest {
    private static final String DB = "cli-bad-input";
    private static Memberkit memberkit;
    private static String root;
    private static String alice;
    private static String bob;
    private static String org;

    @TempDir
    static Path files;

    @BeforeAll
    static void aDatabase() throws Exception {
        memberkit = Memberkit.builder().inMemory(DB).build();
        root = register("Root", "Admin", "root@example.org");
        alice = register("Alice", "Martin", "alice@example.org");
        bob = register("Bruno", "Lefevre", "bruno@example.org");
        try (var connection = database();
             var statement = connection.prepareStatement("UPDATE users SET roles = 'admin' WHERE id = ?")) {
            statement.setString(1, root);
            statement.executeUpdate();
        }
        org = ok("orgs", "create", "--as", alice, "--name", "Hostile Inputs", "-o", "json").text("id");
        ok("members", "add", org, bob, "--role", "editor", "--as", alice);
    }

    @AfterAll
    static void close() {
        memberkit.close();
    }

    @Test
    void an_oversize_string_is_refused_naming_the_option() {
        refused(List.of("--name", "255"), "orgs", "create", "--as", alice, "--name", "x".repeat(256));
        refused(List.of("--description"), "orgs", "update", org, "--as", alice,
                "--description", "d".repeat(10_001));
        refused(List.of("--first-name"), "me", "update", "--as", bob, "--first-name", "B".repeat(100_000));

        var longest = "y".repeat(255);
        assertThat(ok("orgs", "create", "--as", alice, "--name", longest, "-o", "json").text("name"))
                .isEqualTo(longest);
    }

    @Test
    void control_characters_are_refused_naming_the_option() {
        refused(List.of("--first-name", "control characters"), "me", "update", "--as", bob,
                "--first-name", "Bru\u0000no");
        refused(List.of("--name", "control characters"), "orgs", "create", "--as", alice, "--name", "Bell\u0007");
        refused(List.of("--q"), "members", "list", org, "--as", alice, "--q", "a\u001bb");

        assertThat(ok("me", "update", "--as", bob, "--first-name", "Brünø", "-o", "json").text("first_name"))
                .isEqualTo("Brünø");
    }

    @Test
    void text_that_is_not_utf8_is_refused_naming_the_option() throws Exception {
        var latin1 = Files.write(files.resolve("latin1.csv"),
                (alice + ",admin\nandr\u00e9@example.org,editor\n").getBytes(StandardCharsets.ISO_8859_1));
        var run = refused(List.of("--from", "UTF-8"), "members", "apply", org, "--from", latin1.toString(),
                "--keep-missing", "--as", alice);
        assertThat(run.err()).doesNotContain("Input length");

        // the JVM hands bytes of an argument that are not UTF-8 over as U+FFFD
        refused(List.of("--first-name", "UTF-8"), "me", "update", "--as", bob, "--first-name", "Br\uFFFDno");
        refused(List.of("argument 3", "UTF-8"), "orgs", "show", "\uFFFD\uFFFD");

        var utf8 = Files.writeString(files.resolve("utf8.csv"), "# the members as they are, accents and all: Brünø\n"
                + alice + ",admin\n" + bob + ",editor\n");
        assertThat(ok("members", "plan", org, "--from", utf8.toString(), "--keep-missing", "--as", alice).out())
                .contains("Nothing to do");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_naming_the_option() {
        refused(List.of("--page-size"), "users", "list", "--as", root, "--page-size", "twenty");
        refused(List.of("--page"), "members", "list", org, "--as", alice, "--page", "1.5");
        refused(List.of("--active"), "users", "update", bob, "--as", root, "--active", "maybe");
        refused(List.of("--page-size"), "users", "list", "--as", root, "--page-size", "99999999999999");

        assertThat(ok("users", "list", "--as", root, "--page-size", "2", "-o", "json").json()
                .get("data").size()).isEqualTo(2);
    }

    @Test
    void an_unknown_enum_value_is_refused_naming_the_option_and_the_known_values() {
        refused(List.of("--role", "partial_editor"), "members", "invite", org, "--as", alice,
                "--email", "new@example.org", "--role", "boss");
        refused(List.of("--role"), "members", "list", org, "--as", alice, "--role", "ADMIN; DROP");
        refused(List.of("--badge"), "orgs", "list", "--badge", "certified-ish");
        refused(List.of("--output"), "me", "show", "--as", alice, "--output", "xml");

        assertThat(ok("members", "list", org, "--as", alice, "--role", "editor", "-o", "json").json()
                .get("total").getLongValue()).isEqualTo(1);
    }

    @Test
    void sql_in_a_value_is_only_ever_a_value() throws Exception {
        var before = snapshot();
        assertThat(ok("users", "suggest", "a' OR '1'='1", "-o", "json").json().size()).isZero();
        assertThat(run("orgs", "show", "x' OR '1'='1").exit()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run("members", "list", "hostile'; DROP TABLE members; --", "--as", alice).exit())
                .isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(ok("members", "list", org, "--as", alice, "--q", "%' OR 1=1 --", "-o", "json").json()
                .get("total").getLongValue()).isZero();
        assertThat(snapshot()).isEqualTo(before);

        // accepted as a name, stored as the very characters given
        var name = "Robert'); DROP TABLE organizations; --";
        var id = ok("orgs", "create", "--as", alice, "--name", name, "-o", "json").text("id");
        assertThat(ok("orgs", "show", id, "-o", "json").text("name")).isEqualTo(name);
        assertThat(ok("orgs", "show", org, "-o", "json").text("name")).isEqualTo("Hostile Inputs");
    }

    @Test
    void a_path_in_an_id_finds_nothing() throws Exception {
        var before = snapshot();
        for (var id : List.of("../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "..\\..\\windows")) {
            assertThat(run("orgs", "show", id).exit()).as(id).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run("users", "show", id).exit()).as(id).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run("members", "remove", org, id, "--as", alice).exit()).as(id)
                    .isEqualTo(ExitCodes.NOT_FOUND);
        }
        assertThat(snapshot()).isEqualTo(before);

        assertThat(ok("users", "show", bob, "-o", "json").text("id")).isEqualTo(bob);
    }

    @Test
    void a_huge_page_size_is_refused_naming_the_option() {
        refused(List.of("--page-size", "1000"), "users", "list", "--as", root, "--page-size", "100000000");
        refused(List.of("--page-size"), "members", "list", org, "--as", alice, "--page-size", "0");
        refused(List.of("--size", "1000"), "members", "page", org, "--as", alice, "--size", "2147483647");
        refused(List.of("--size"), "users", "suggest", "al", "--size", "21");

        assertThat(ok("members", "list", org, "--as", alice, "--page-size", "1000", "-o", "json").json()
                .get("data").size()).isEqualTo(2);
    }

    @Test
    void a_member_page_by_cursor_goes_on_from_the_token_and_refuses_anything_else() {
        var first = ok("members", "page", org, "--as", alice, "--size", "1", "-o", "json").json();
        assertThat(first.get("data").size()).isEqualTo(1);
        var token = first.get("after").getStringValue();
        var second = ok("members", "page", org, "--as", alice, "--size", "1", "--after", token, "-o", "json").json();
        assertThat(second.get("data").get(0).get("user").get("id").getStringValue())
                .isNotEqualTo(first.get("data").get(0).get("user").get("id").getStringValue());
        assertThat(ok("members", "page", org, "--as", alice, "--size", "1").out()).contains("next: --after " + token);

        refused(List.of("--after", "not a cursor"), "members", "page", org, "--as", alice, "--after", "garbage");
        refused(List.of("--after"), "members", "page", org, "--as", alice, "--after", "' OR 1=1 --");
    }

    /** Exit 2, every fragment in the message, and not a row changed. */
    private static CliRun refused(List<String> fragments, String... args) {
        var before = snapshot();
        var run = run(args);
        assertThat(run.exit()).as("exit of %s: %s / %s", String.join(" ", args), run.err(), run.out())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).as("message of %s", String.join(" ", args)).contains(fragments);
        assertThat(run.err()).as("an echo of the oversize value").hasSizeLessThan(2_000);
        assertThat(snapshot()).as("the database after %s", String.join(" ", args)).isEqualTo(before);
        return run;
    }

    private static List<String> snapshot() {
        try (var connection = database()) {
            return TableRows.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + DB, "sa", "");
    }

    private static CliRun run(String... args) {
        return CliRun.of(memberkit, args);
    }

    private static CliRun ok(String... args) {
        return CliRun.expect(memberkit, ExitCodes.DONE, args);
    }

    private static String register(String first, String last, String email) {
        return ok("users", "register", "--first-name", first, "--last-name", last, "--email", email, "-o", "json")
                .text("id");
    }
}
