package io.memberkit.adapter.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL's plan names the index scanned, and shows a Sort node when the ORDER BY is not the index's order. */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresQueryPlanTest extends QueryPlanTest {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }

    @Override
    protected String plan(Connection connection, String sql, Map<String, Object> values) throws SQLException {
        try (var statement = prepare(connection, "EXPLAIN ", sql, values); var rows = statement.executeQuery()) {
            var plan = new StringBuilder();
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
            return plan.toString();
        }
    }

    @Override
    protected void analyze(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE users, organizations, members, subjects, assignments");
        }
    }

    @Override
    protected void assertWalksTheMemberIndexWithoutSorting(String plan) {
        assertThat(plan).as(plan).containsPattern("Index (Only )?Scan using members_by_since_idx on members")
                .doesNotContain("Sort").doesNotContain("Seq Scan");
    }

    @Override
    protected void assertUsesIndexesOnly(String plan) {
        assertThat(plan).as(plan).contains("Index").doesNotContain("Seq Scan");
    }
}
