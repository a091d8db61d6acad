package io.memberkit.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.in.user.SuggestUsers;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.user.UserProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded database that holds the latest schema starts without Flyway (its start-up is most of a one-shot
 * command's); anything else goes through Flyway as before: a first start migrates, a failed migration refuses to start.
 */
class SchemaFastPathTest {
    @TempDir
    Path dataDir;

    private void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(DatabaseSettings.embeddedUrl(dataDir.toAbsolutePath()
                .toString()), "sa", ""); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private Memberkit open() {
        return Memberkit.builder().embeddedH2(dataDir).build();
    }

    @Test
    void a_first_start_migrates_and_the_next_one_skips_flyway() throws Exception {
        try (var first = open()) {
            first.useCases().registerUser().register(new RegisterUser(Actor.anonymous(), new UserProfile("Ada",
                    "Lovelace", new EmailAddress("ada@example.org"), null, null, null)));
        }
        assertThat(Files.exists(dataDir.resolve("memberkit.mv.db"))).isTrue();
        // a checksum Flyway would refuse: only a start that skips Flyway gets past it
        execute("UPDATE memberkit_schema_history SET checksum = checksum + 1 WHERE version = '1'");

        try (var second = open()) {
            assertThat(second.useCases().suggestUsers().suggest(new SuggestUsers(Actor.anonymous(), "lov", 5)))
                    .extracting(u -> u.lastName()).containsExactly("Lovelace");
        }
    }

    @Test
    void a_database_url_given_as_a_system_property_is_migrated_by_flyway_though_the_file_is_current() {
        open().close();
        var url = "jdbc:h2:mem:fast-path-elsewhere;DB_CLOSE_DELAY=-1;" + DatabaseSettings.H2_OPTIONS;
        System.setProperty(DatabaseSettings.URL, url);
        try (var elsewhere = open()) {
            // the pool opened the in-memory database: only a migration gives it tables
            elsewhere.useCases().registerUser().register(new RegisterUser(Actor.anonymous(), new UserProfile("Ada",
                    "Lovelace", new EmailAddress("ada@example.org"), null, null, null)));
        } finally {
            System.clearProperty(DatabaseSettings.URL);
        }
    }

    @Test
    void a_failed_migration_in_the_history_is_left_to_flyway_which_refuses_to_start() throws Exception {
        open().close();
        execute("UPDATE memberkit_schema_history SET success = FALSE WHERE version = '1'");

        assertThatThrownBy(this::open).hasStackTraceContaining("ailed migration");
    }

    @Test
    void an_older_schema_is_migrated_by_flyway() throws Exception {
        open().close();
        execute("UPDATE memberkit_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        execute("DELETE FROM memberkit_schema_history WHERE version = '4'");

        // not the latest version: Flyway runs, and its validation finds the changed script
        assertThatThrownBy(this::open).hasStackTraceContaining("hecksum mismatch");
    }
}
