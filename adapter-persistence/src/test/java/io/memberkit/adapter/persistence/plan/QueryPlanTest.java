package io.memberkit.adapter.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.persistence.membership.MemberRows;
import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.adapter.persistence.user.UserRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The hot statements walk their indexes: their plans, asked of the database itself over enough rows (one large
 * organization among many small ones) for the planner to choose as it would on real data. Each test fails when
 * the index is not used or the large organization is sorted, as a forgotten range or a reordered ORDER BY does.
 * The statements are the adapters' own ({@link MemberRows}, {@link UserRows} constants), bound by name.
 */
public abstract class QueryPlanTest {
    static final int USERS = 10_000;
    static final int ORGANIZATIONS = 1_000;
    static final int LARGE = 2_000;
    static final int PER_SMALL = 18;
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    protected abstract TestDatabase database();

    /** The plan of {@code sql} with these parameter values, as the database prints it. */
    protected abstract String plan(Connection connection, String sql, Map<String, Object> values) throws SQLException;

    protected abstract void analyze(Connection connection) throws SQLException;

    static String user(int i) {
        return String.format("%024x", 0x5a0000000000L + i * 7919L % 1_000_003);
    }

    static String organization(int g) {
        return "org" + g;
    }

    /** Member j of the large organization, oldest first, joined j minutes after the start. */
    static Instant since(int j) {
        return START.plusSeconds(60L * j);
    }

    @BeforeAll
    void fill() throws SQLException {
        database().emptyPorts();
        try (var c = database().connection()) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("INSERT INTO users (id, slug, first_name, last_name, email, roles, active, "
                    + "since) VALUES (?, ?, ?, ?, ?, '', TRUE, ?)")) {
                String[] names = {"Marie", "Jean", "Martin", "Léa", "Mathieu", "Zoé", "Hugo", "Nina"};
                for (int i = 0; i < USERS; i++) {
                    s.setString(1, user(i));
                    s.setString(2, "user-" + i);
                    s.setString(3, names[i % names.length]);
                    s.setString(4, names[(i / 8) % names.length] + i);
                    s.setString(5, "user" + i + "@example.org");
                    s.setObject(6, at(START));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (var s = c.prepareStatement("INSERT INTO organizations (id, name, slug, created, last_modified, "
                    + "members_count) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int g = 0; g < ORGANIZATIONS; g++) {
                    s.setString(1, organization(g));
                    s.setString(2, "Organization " + g);
                    s.setString(3, "organization-" + g);
                    s.setObject(4, at(START));
                    s.setObject(5, at(START));
                    s.setLong(6, g == 0 ? LARGE : PER_SMALL);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (var s = c.prepareStatement("INSERT INTO members (organization_id, user_id, role, since) "
                    + "VALUES (?, ?, ?, ?)")) {
                for (int g = 0; g < ORGANIZATIONS; g++) {
                    int size = g == 0 ? LARGE : PER_SMALL;
                    for (int j = 0; j < size; j++) {
                        s.setString(1, organization(g));
                        s.setString(2, user((g * 37 + j * 101) % USERS));
                        s.setString(3, j == 0 ? "admin" : j % 10 == 9 ? "partial_editor" : "editor");
                        s.setObject(4, at(since(j)));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            try (var s = c.prepareStatement("INSERT INTO subjects (subject_class, subject_id, owner_id) VALUES "
                    + "('dataset', ?, ?)")) {
                for (int g = 0; g < ORGANIZATIONS; g++) {
                    for (int k = 0; k < 3; k++) {
                        s.setString(1, "ds-" + g + "-" + k);
                        s.setString(2, organization(g));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            try (var s = c.prepareStatement("INSERT INTO assignments (organization_id, user_id, subject_class, "
                    + "subject_id, created) VALUES (?, ?, 'dataset', ?, ?)")) {
                for (int g = 0; g < ORGANIZATIONS; g++) {
                    s.setString(1, organization(g));
                    s.setString(2, user((g * 37 + 9 * 101) % USERS)); // member 9: a partial editor
                    s.setString(3, "ds-" + g + "-0");
                    s.setObject(4, at(START));
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            analyze(c);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    protected String planOf(String sql, Map<String, Object> values) {
        try (var c = database().connection()) {
            return plan(c, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a page of the large organization's member list must show in its plan, on this database. */
    protected abstract void assertWalksTheMemberIndexWithoutSorting(String plan);

    protected abstract void assertUsesIndexesOnly(String plan);

    @Nested
    class MemberLists {
        @Test
        void the_first_page_by_cursor_walks_the_since_index() {
            assertWalksTheMemberIndexWithoutSorting(planOf(MemberRows.PAGE_FIRST,
                    Map.of("organization", organization(0), "ever", MemberRows.EVER, "limit", 21)));
        }

        @Test
        void a_deep_page_by_cursor_starts_at_the_cursor() {
            assertWalksTheMemberIndexWithoutSorting(planOf(MemberRows.PAGE_AFTER, Map.of("organization",
                    organization(0), "since", since(LARGE / 2), "user", user(0), "limit", 21)));
        }

        @Test
        void a_page_of_one_role_by_cursor_walks_the_since_index() {
            assertWalksTheMemberIndexWithoutSorting(planOf(MemberRows.PAGE_OF_ROLE_FIRST, Map.of("organization",
                    organization(0), "role", "editor", "ever", MemberRows.EVER, "limit", 21)));
            assertWalksTheMemberIndexWithoutSorting(planOf(MemberRows.PAGE_OF_ROLE_AFTER, Map.of("organization",
                    organization(0), "role", "editor", "since", since(LARGE / 2), "user", user(0), "limit", 21)));
        }

        @Test
        void a_page_by_offset_walks_the_since_index() {
            assertWalksTheMemberIndexWithoutSorting(planOf(MemberRows.PAGE, Map.of("organization", organization(0),
                    "ever", MemberRows.EVER, "limit", 20, "offset", 0L)));
            assertWalksTheMemberIndexWithoutSorting(planOf(MemberRows.PAGE_OF_ROLE, Map.of("organization",
                    organization(0), "role", "editor", "ever", MemberRows.EVER, "limit", 20, "offset", 0L)));
        }
    }

    @Test
    void may_edit_reads_through_keys_only() {
        int partial = (0 * 37 + 9 * 101) % USERS;
        assertUsesIndexesOnly(planOf(MemberRows.EDIT_RIGHTS, Map.of("user", user(partial),
                "organization", organization(0), "subjectClass", "dataset", "subjectId", "ds-0-0")));
    }

    @Test
    void user_suggest_reads_one_index_range_per_column() {
        var plan = planOf(UserRows.SUGGEST, Map.of("from", "ma", "to", "mb", "size", 10));
        assertUsesIndexesOnly(plan);
        assertThat(plan).contains("users_first_name_lc_idx", "users_last_name_lc_idx");
    }

    /** memberkit's statements are written for Micronaut Data: {@code :name} parameters, bound here by name. */
    protected static java.sql.PreparedStatement prepare(Connection c, String prefix, String sql,
                                                        Map<String, Object> values) throws SQLException {
        var names = new ArrayList<String>();
        var matcher = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)").matcher(sql);
        var positional = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        var statement = c.prepareStatement(prefix + positional);
        for (int i = 0; i < names.size(); i++) {
            var value = values.get(names.get(i));
            if (value == null) {
                throw new IllegalArgumentException("no value for :" + names.get(i));
            }
            statement.setObject(i + 1, value instanceof Instant at ? at(at) : value);
        }
        return statement;
    }
}
