package io.memberkit.adapter.persistence.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Statements on {@code organizations}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationRows extends GenericRepository<OrganizationRow, String> {

    Optional<OrganizationRow> findById(String id);

    /** The organization and its badges in one statement: one row per badge (see {@link OrganizationBadgeRow}). */
    @Query("""
            SELECT o.id, o.name, o.acronym, o.slug, o.description, o.url, o.logo, o.business_number_id, o.created,
                   o.last_modified, o.deleted, o.members_count, o.followers_count, o.datasets_count, o.reuses_count,
                   o.views_count, b.badge
            FROM organizations o LEFT JOIN organization_badges b ON b.organization_id = o.id
            WHERE o.id = :id""")
    List<OrganizationBadgeRow> findWithBadges(String id);

    Optional<OrganizationRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    OrganizationRow save(OrganizationRow row);

    /** Holds the row until the transaction ends: see {@link JdbcOrganizationRepository}. */
    @Query("SELECT * FROM organizations WHERE id = :id FOR UPDATE")
    Optional<OrganizationRow> lock(String id);

    /** What admins edit; the counters and dates of creation and deletion are left alone. */
    @Query("""
            UPDATE organizations SET name = :name, acronym = :acronym, description = :description, url = :url,
                logo = :logo, business_number_id = :businessNumberId, last_modified = :lastModified
            WHERE id = :id""")
    void updateDetails(String id, String name, @Nullable String acronym, @Nullable String description,
                       @Nullable String url, @Nullable String logo, @Nullable String businessNumberId,
                       Instant lastModified);

    @Query("UPDATE organizations SET deleted = :deleted, last_modified = :lastModified WHERE id = :id")
    void markDeleted(String id, Instant deleted, Instant lastModified);

    @Query("UPDATE organizations SET last_modified = :lastModified WHERE id = :id")
    void touch(String id, Instant lastModified);

    /** Not a field of the row: only the join policy reads it. */
    @Query("SELECT default_join_role FROM organizations WHERE id = :id")
    Optional<String> defaultJoinRole(String id);

    @Query("UPDATE organizations SET default_join_role = :role WHERE id = :id")
    void changeDefaultJoinRole(String id, String role);

    @Query("SELECT members_count FROM organizations WHERE id = :id")
    Optional<Long> membersCount(String id);

    @Query("UPDATE organizations SET members_count = members_count + :delta WHERE id = :id")
    void addMembers(String id, long delta);

    @Query("UPDATE organizations SET followers_count = followers_count + :delta WHERE id = :id")
    void addFollowers(String id, long delta);

    /** Before a user's memberships are deleted. */
    @Query("""
            UPDATE organizations SET members_count = members_count - 1
            WHERE id IN (SELECT organization_id FROM members WHERE user_id = :user)""")
    void dropMembershipsOf(String user);

    /** Before a user's follows are deleted. */
    @Query("""
            UPDATE organizations SET followers_count = followers_count - 1
            WHERE id IN (SELECT followed_organization_id FROM follows WHERE follower_id = :user)""")
    void dropFollowsBy(String user);

    /** As the user suggest: one index range per column, each with its own LIMIT. */
    @Query("""
            SELECT * FROM organizations WHERE id IN (
                (SELECT id FROM organizations WHERE name_lc >= :from AND name_lc < :to AND deleted IS NULL
                    ORDER BY name_lc LIMIT :size)
                UNION ALL
                (SELECT id FROM organizations WHERE acronym_lc >= :from AND acronym_lc < :to AND deleted IS NULL
                    ORDER BY acronym_lc LIMIT :size)
                UNION ALL
                (SELECT id FROM organizations WHERE slug >= :from AND slug < :to AND deleted IS NULL
                    ORDER BY slug LIMIT :size))
            ORDER BY slug LIMIT :size""")
    List<OrganizationRow> suggest(String from, String to, int size);
}
