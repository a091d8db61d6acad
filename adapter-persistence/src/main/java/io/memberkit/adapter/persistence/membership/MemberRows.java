package io.memberkit.adapter.persistence.membership;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Statements on {@code members}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberRows extends GenericRepository<MemberRow, MemberKey> {
    /**
     * The may-edit query, the hot path (run by hand in {@link JdbcMemberRepository#editRights}), in one round trip: the user's account, their role in the organization and
     * whether the object is assigned to them, each found through a primary key. A user not found yields no row.
     */
    String EDIT_RIGHTS = """
            SELECT u.active AND u.deleted IS NULL AS user_usable,
                   u.roles = 'admin' OR u.roles LIKE 'admin,%' AS site_admin,
                   m.role AS role,
                   EXISTS (SELECT 1 FROM assignments a
                           WHERE a.organization_id = :organization AND a.user_id = u.id
                             AND a.subject_class = :subjectClass AND a.subject_id = :subjectId) AS assigned
            FROM users u
            LEFT JOIN members m ON m.organization_id = :organization AND m.user_id = u.id
            WHERE u.id = :user""";

    /**
     * Not a filter ({@code :ever} is {@link #EVER}, before any member joined): a range on {@code since} is what makes
     * H2 walk the (organization_id, since, user_id) index. With an equality on organization_id alone, H2 prefers
     * the primary key (organization_id, user_id), reads the whole organization and sorts it: 100k rows for a page
     * of 20. The plan tests hold every member list to the index, on H2 and PostgreSQL.
     */
    String SINCE_EVER = "m.since >= :ever";

    /**
     * Earlier than any membership. Times in these statements are bound as {@link OffsetDateTime} objects
     * ({@code DataType.OBJECT}): the driver then sends them as timestamptz, where a {@code Timestamp} goes untyped
     * and costs PostgreSQL one more round trip per page.
     */
    OffsetDateTime EVER = OffsetDateTime.parse("1900-01-01T00:00:00Z");

    /**
     * What a page read by cursor selects: the member, then their account. The cursor pages run by hand in
     * {@link JdbcMemberRepository#listAfter}.
     */
    String MEMBER_ACCOUNT = """
            SELECT m.organization_id, m.user_id, m.role, m.since AS member_since, u.slug, u.first_name, u.last_name,
                   u.email, u.about, u.website, u.avatar, u.roles, u.active, u.since, u.last_login, u.deleted,
                   u.email_verified
            FROM members m JOIN users u ON u.id = m.user_id
            """;

    /**
     * A page read by cursor: the members after (since, user_id), from the (organization_id, since, user_id) index,
     * with no sort and nothing skipped, however deep the page. {@code since >= ?} is the index range (a row-value
     * comparison {@code (since, user_id) > (?, ?)} is not one on H2); the OR only sorts out the ties.
     */
    String PAGE_AFTER = MEMBER_ACCOUNT + """
            WHERE m.organization_id = :organization
              AND m.since >= :since AND (m.since > :since OR m.user_id > :user)
            ORDER BY m.organization_id, m.since, m.user_id LIMIT :limit""";

    /** The first page read by cursor. */
    String PAGE_FIRST = MEMBER_ACCOUNT + "WHERE m.organization_id = :organization AND " + SINCE_EVER + "\n"
            + "ORDER BY m.organization_id, m.since, m.user_id LIMIT :limit";

    /** {@link #PAGE_AFTER} of one role: the same index walk, the other roles' rows passed over. */
    String PAGE_OF_ROLE_AFTER = MEMBER_ACCOUNT + """
            WHERE m.organization_id = :organization AND m.role = :role
              AND m.since >= :since AND (m.since > :since OR m.user_id > :user)
            ORDER BY m.organization_id, m.since, m.user_id LIMIT :limit""";

    String PAGE_OF_ROLE_FIRST = MEMBER_ACCOUNT + "WHERE m.organization_id = :organization AND m.role = :role AND "
            + SINCE_EVER + "\n" + "ORDER BY m.organization_id, m.since, m.user_id LIMIT :limit";

    /**
     * One page by offset, in the order of the (organization_id, since, user_id) index, so no sort is needed; the
     * rows before it are still read and skipped (see {@link #SINCE_EVER} for the range on since).
     */
    String PAGE = "SELECT m.* FROM members m WHERE m.organization_id = :organization AND " + SINCE_EVER + "\n"
            + "ORDER BY m.organization_id, m.since, m.user_id LIMIT :limit OFFSET :offset";

    /** {@link #PAGE} of one role. */
    String PAGE_OF_ROLE = "SELECT m.* FROM members m WHERE m.organization_id = :organization AND m.role = :role AND "
            + SINCE_EVER + "\n" + "ORDER BY m.organization_id, m.since, m.user_id LIMIT :limit OFFSET :offset";

    Optional<MemberRow> findById(MemberKey id);

    MemberRow save(MemberRow row);

    @Query(PAGE)
    List<MemberRow> page(String organization, @TypeDef(type = DataType.OBJECT) OffsetDateTime ever, int limit,
                         long offset);

    @Query(PAGE_OF_ROLE)
    List<MemberRow> pageOfRole(String organization, String role,
                               @TypeDef(type = DataType.OBJECT) OffsetDateTime ever, int limit, long offset);

    @Query("SELECT COUNT(*) FROM members WHERE organization_id = :organization")
    long count(String organization);

    @Query("SELECT COUNT(*) FROM members WHERE organization_id = :organization AND role = :role")
    long countOfRole(String organization, String role);

    /** Members per role in one statement: roles nobody holds are absent. */
    @Query("SELECT role, COUNT(*) AS members FROM members WHERE organization_id = :organization GROUP BY role")
    List<RoleCountRow> countByRole(String organization);

    @Query("""
            SELECT m.* FROM members m JOIN organizations o ON o.id = m.organization_id
            WHERE m.user_id = :user AND o.deleted IS NULL ORDER BY m.organization_id""")
    List<MemberRow> membershipsOf(String user);

    @Query("SELECT organization_id FROM members WHERE user_id = :user")
    List<String> organizationsOf(String user);

    @Query("UPDATE members SET role = :role WHERE organization_id = :organization AND user_id = :user")
    long changeRole(String organization, String user, String role);

    /** The member's assignments go too (ON DELETE CASCADE). */
    @Query("DELETE FROM members WHERE organization_id = :organization AND user_id = :user")
    long remove(String organization, String user);

    @Query("DELETE FROM members WHERE user_id = :user")
    long removeAllOf(String user);
}
