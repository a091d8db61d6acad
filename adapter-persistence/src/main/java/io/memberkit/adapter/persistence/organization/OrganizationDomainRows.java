package io.memberkit.adapter.persistence.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Statements on {@code organization_domains}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationDomainRows extends GenericRepository<OrganizationDomainRow, OrganizationDomainKey> {

    @Query("SELECT * FROM organization_domains WHERE organization_id = :organization ORDER BY domain")
    List<OrganizationDomainRow> of(String organization);

    /** A second declaration of the same domain is refused by the primary key. */
    OrganizationDomainRow save(OrganizationDomainRow row);

    @Query("DELETE FROM organization_domains WHERE organization_id = :organization AND domain = :domain")
    void remove(String organization, String domain);

    @Query("""
            UPDATE organization_domains SET verified_on = :verifiedOn
            WHERE organization_id = :organization AND domain = :domain""")
    void markVerified(String organization, String domain, Instant verifiedOn);
}
