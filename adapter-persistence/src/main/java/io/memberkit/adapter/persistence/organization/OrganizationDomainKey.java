package io.memberkit.adapter.persistence.organization;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

@Embeddable
public record OrganizationDomainKey(@MappedProperty("organization_id") String organizationId,
                                    @MappedProperty("domain") String domain) {
}
