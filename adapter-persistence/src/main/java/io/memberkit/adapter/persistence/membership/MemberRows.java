package io.memberkit.adapter.persistence.membership;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Statements on {@code members}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberRows extends GenericRepository<MemberRow, MemberKey> {

    Optional<MemberRow> findById(MemberKey id);

    MemberRow save(MemberRow row);

    /** One page, in the order of the (organization_id, since, user_id) index, so no sort is needed. */
    @Query("""
            SELECT * FROM members WHERE organization_id = :organization
            ORDER BY organization_id, since, user_id LIMIT :limit OFFSET :offset""")
    List<MemberRow> page(String organization, int limit, long offset);

    @Query("""
            SELECT * FROM members WHERE organization_id = :organization AND role = :role
            ORDER BY organization_id, since, user_id LIMIT :limit OFFSET :offset""")
    List<MemberRow> pageOfRole(String organization, String role, int limit, long offset);

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

    /**
     * The hot path, in one round trip: the user's account, their role in the organization and whether the object
     * is assigned to them, each found through a primary key. A user not found yields no row.
     */
    @Query("""
            SELECT u.active AND u.deleted IS NULL AS user_usable,
                   u.roles = 'admin' OR u.roles LIKE 'admin,%' AS site_admin,
                   m.role AS role,
                   EXISTS (SELECT 1 FROM assignments a
                           WHERE a.organization_id = :organization AND a.user_id = u.id
                             AND a.subject_class = :subjectClass AND a.subject_id = :subjectId) AS assigned
            FROM users u
            LEFT JOIN members m ON m.organization_id = :organization AND m.user_id = u.id
            WHERE u.id = :user""")
    Optional<EditRightsRow> editRights(String user, String organization, String subjectClass, String subjectId);
}
