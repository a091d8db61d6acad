package io.memberkit.bootstrap.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 10,000-organization sync ({@code --all}) in a child JVM whose heap is capped at 128 MB: it completes, and the
 * mirror holds every organization once. Tagged {@code slow} (about a minute): run it with
 * {@code ./mvnw -B -o verify -pl bootstrap -am -Pslow -Dtest=MirrorLargeSyncTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints the time taken and the child's peak heap.
 */
@Tag("slow")
class MirrorLargeSyncTest {
    private static final int ORGANIZATIONS = 10_000;

    @TempDir
    Path dataDir;

    @Test
    void ten_thousand_organizations_sync_within_a_128_mb_heap() throws Exception {
        try (var world = new MirrorWorld()) {
            try (var connection = DriverManager.getConnection(world.databaseUrl, "sa", "");
                 var statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO organizations (id, name, slug, created, last_modified) "
                        + "SELECT 'bulk-' || \"X\", 'Bulk organization ' || \"X\", 'bulk-organization-' || \"X\", "
                        + "TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00', "
                        + "TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00' FROM SYSTEM_RANGE(1, " + ORGANIZATIONS + ")");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }

            var child = ChildJvm.start(world.aliceKey, List.of("-Xmx128m"), "sync", dataDir.toString(),
                    world.server.url().toString(), "all");
            int exit = child.waitFor();

            var finished = child.lines().stream().filter(line -> line.startsWith("finished")).findFirst();
            assertThat(exit).as(String.join("\n", child.lines().subList(Math.max(0, child.lines().size() - 5),
                    child.lines().size()))).isZero();
            assertThat(finished).isPresent();
            System.out.println("10k sync: " + finished.get() + " (ms, peak heap MB, max heap MB)");
            assertThat(MirrorWorld.count(dataDir, "SELECT COUNT(*) FROM organizations")).isEqualTo(ORGANIZATIONS + 2);
            assertThat(MirrorWorld.count(dataDir, "SELECT COUNT(*) FROM mirror_origins WHERE kind = 'ORGANIZATION'"))
                    .isEqualTo(ORGANIZATIONS + 2);
        }
    }
}
