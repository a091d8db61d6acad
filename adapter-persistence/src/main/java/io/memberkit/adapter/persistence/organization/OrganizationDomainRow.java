package io.memberkit.adapter.persistence.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code organization_domains}: a declared email domain, verified once {@code verifiedOn} is set. */
@MappedEntity("organization_domains")
public record OrganizationDomainRow(@EmbeddedId OrganizationDomainKey id, Instant declaredOn,
                                    @Nullable Instant verifiedOn) {
}
