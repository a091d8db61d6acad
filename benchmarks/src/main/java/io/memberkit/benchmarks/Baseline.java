package io.memberkit.benchmarks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What a competent engineer writes by hand for the same answers, on the same schema: a pooled connection, one
 * prepared statement, the rows read into plain records. No framework, no domain objects, no unit of work. This is
 * the floor each memberkit use case is compared with, measured in the same run.
 */
public final class Baseline {
    /** The may-edit facts in one statement, each through a primary key. */
    static final String MAY_EDIT = """
            SELECT u.active AND u.deleted IS NULL, u.roles = 'admin' OR u.roles LIKE 'admin,%', m.role,
                   EXISTS (SELECT 1 FROM assignments a WHERE a.organization_id = ? AND a.user_id = u.id
                           AND a.subject_class = ? AND a.subject_id = ?)
            FROM users u LEFT JOIN members m ON m.organization_id = ? AND m.user_id = u.id
            WHERE u.id = ?""";

    private static final String MEMBER_COLUMNS = """
            SELECT m.user_id, m.role, m.since, u.slug, u.first_name, u.last_name, u.email, u.about, u.website,
                   u.avatar, u.roles, u.active, u.since, u.last_login, u.deleted
            FROM members m JOIN users u ON u.id = m.user_id
            """;
    /**
     * {@code since >= ?} (bound to a date before any member) is no filter: it is what makes H2 walk the
     * (organization_id, since, user_id) index instead of the primary key plus a sort of the whole organization.
     */
    static final String FIRST_PAGE = MEMBER_COLUMNS + """
            WHERE m.organization_id = ? AND m.since >= ?
            ORDER BY m.organization_id, m.since, m.user_id LIMIT ?""";
    static final OffsetDateTime EVER = OffsetDateTime.parse("1900-01-01T00:00:00Z");
    /** Keyset: the index range starts at the cursor's since; the OR sorts out ties. */
    static final String PAGE_AFTER = MEMBER_COLUMNS + """
            WHERE m.organization_id = ? AND m.since >= ? AND (m.since > ? OR m.user_id > ?)
            ORDER BY m.organization_id, m.since, m.user_id LIMIT ?""";
    /** The same page by OFFSET, for comparison: linear in the depth. */
    static final String PAGE_AT_OFFSET = MEMBER_COLUMNS + """
            WHERE m.organization_id = ? AND m.since >= ?
            ORDER BY m.organization_id, m.since, m.user_id LIMIT ? OFFSET ?""";

    /** One index range per column (never {@code LIKE ?}), each limited, merged. */
    static final String SUGGEST = """
            SELECT id, slug, first_name, last_name, email, about, website, avatar, roles, active, since, last_login,
                   deleted
            FROM users WHERE id IN (
                (SELECT id FROM users WHERE first_name_lc >= ? AND first_name_lc < ? AND deleted IS NULL AND active
                 ORDER BY first_name_lc LIMIT ?)
                UNION ALL
                (SELECT id FROM users WHERE last_name_lc >= ? AND last_name_lc < ? AND deleted IS NULL AND active
                 ORDER BY last_name_lc LIMIT ?)
                UNION ALL
                (SELECT id FROM users WHERE slug >= ? AND slug < ? AND deleted IS NULL AND active
                 ORDER BY slug LIMIT ?))
            ORDER BY slug LIMIT ?""";

    public record Account(String id, String slug, String firstName, String lastName, String email, String about,
                          String website, String avatar, String roles, boolean active, Instant since,
                          Instant lastLogin, Instant deleted) {
    }

    public record MemberWithAccount(String userId, String role, Instant since, Account account) {
    }

    private final DataSource pool;

    public Baseline(DataSource pool) {
        this.pool = pool;
    }

    public boolean mayEdit(String user, String organization, String subjectClass, String subjectId) {
        try (var c = pool.getConnection(); var s = c.prepareStatement(MAY_EDIT)) {
            s.setString(1, organization);
            s.setString(2, subjectClass);
            s.setString(3, subjectId);
            s.setString(4, organization);
            s.setString(5, user);
            try (var rows = s.executeQuery()) {
                if (!rows.next() || !rows.getBoolean(1)) {
                    return false;
                }
                if (rows.getBoolean(2)) {
                    return true;
                }
                var role = rows.getString(3);
                return role != null && (!role.equals("partial_editor") || rows.getBoolean(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<MemberWithAccount> firstPage(String organization, int size) {
        try (var c = pool.getConnection(); var s = c.prepareStatement(FIRST_PAGE)) {
            s.setString(1, organization);
            s.setObject(2, EVER);
            s.setInt(3, size);
            return members(s, size);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<MemberWithAccount> pageAfter(String organization, Instant since, String user, int size) {
        try (var c = pool.getConnection(); var s = c.prepareStatement(PAGE_AFTER)) {
            var at = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
            s.setString(1, organization);
            s.setObject(2, at);
            s.setObject(3, at);
            s.setString(4, user);
            s.setInt(5, size);
            return members(s, size);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<MemberWithAccount> pageAtOffset(String organization, long offset, int size) {
        try (var c = pool.getConnection(); var s = c.prepareStatement(PAGE_AT_OFFSET)) {
            s.setString(1, organization);
            s.setObject(2, EVER);
            s.setInt(3, size);
            s.setLong(4, offset);
            return members(s, size);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Account> suggest(String prefix, int size) {
        var from = prefix.strip().toLowerCase(Locale.ROOT);
        var to = from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1);
        try (var c = pool.getConnection(); var s = c.prepareStatement(SUGGEST)) {
            for (int branch = 0; branch < 3; branch++) {
                s.setString(branch * 3 + 1, from);
                s.setString(branch * 3 + 2, to);
                s.setInt(branch * 3 + 3, size);
            }
            s.setInt(10, size);
            try (var rows = s.executeQuery()) {
                var accounts = new ArrayList<Account>(size);
                while (rows.next()) {
                    accounts.add(account(rows, 1));
                }
                return accounts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MemberWithAccount> members(PreparedStatement s, int size) throws SQLException {
        try (var rows = s.executeQuery()) {
            var members = new ArrayList<MemberWithAccount>(size);
            while (rows.next()) {
                var user = rows.getString(1);
                members.add(new MemberWithAccount(user, rows.getString(2), instant(rows, 3), accountOf(user, rows)));
            }
            return members;
        }
    }

    private static Account accountOf(String id, ResultSet rows) throws SQLException {
        return new Account(id, rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11), rows.getBoolean(12),
                instant(rows, 13), instant(rows, 14), instant(rows, 15));
    }

    private static Account account(ResultSet rows, int first) throws SQLException {
        return new Account(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                rows.getString(first + 3), rows.getString(first + 4), rows.getString(first + 5),
                rows.getString(first + 6), rows.getString(first + 7), rows.getString(first + 8),
                rows.getBoolean(first + 9), instant(rows, first + 10), instant(rows, first + 11),
                instant(rows, first + 12));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        var value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
