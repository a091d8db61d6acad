package io.memberkit.adapter.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** H2 names the index each table is read through, and says "index sorted" when the ORDER BY needs no sort. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2QueryPlanTest extends QueryPlanTest {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }

    @Override
    protected String plan(Connection connection, String sql, Map<String, Object> values) throws SQLException {
        try (var statement = prepare(connection, "EXPLAIN ", sql, values); var rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Override
    protected void analyze(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    @Override
    protected void assertWalksTheMemberIndexWithoutSorting(String plan) {
        // the index condition names organization_id (and since, for a range), and no sort is left to do
        assertThat(plan).as(plan).containsPattern("/\\* public\\.members_by_since_idx: [^/]*organization_id = \\?")
                .contains("/* index sorted */").doesNotContain("tableScan");
    }

    @Override
    protected void assertUsesIndexesOnly(String plan) {
        assertThat(plan).as(plan).doesNotContain("tableScan");
    }
}
