package io.memberkit.adapter.persistence.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Statements on {@code organization_badges}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BadgeRows extends GenericRepository<BadgeRow, BadgeKey> {

    @Query("SELECT * FROM organization_badges WHERE organization_id IN (:organizations)")
    List<BadgeRow> of(Collection<String> organizations);

    /** Adding a badge twice leaves one. */
    @Query("""
            INSERT INTO organization_badges (organization_id, badge)
            SELECT :organization, :badge WHERE NOT EXISTS (
                SELECT 1 FROM organization_badges WHERE organization_id = :organization AND badge = :badge)""")
    void add(String organization, String badge);

    @Query("DELETE FROM organization_badges WHERE organization_id = :organization AND badge = :badge")
    void remove(String organization, String badge);
}
