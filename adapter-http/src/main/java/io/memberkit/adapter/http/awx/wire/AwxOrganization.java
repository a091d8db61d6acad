package io.memberkit.adapter.http.awx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * An organization: {@code GET /api/v2/organizations/N/}, the items of {@code /api/v2/organizations/} and of a
 * user's {@code organizations/} and {@code admin_of_organizations/}. AWX's execution settings
 * ({@code custom_virtualenv}, {@code max_hosts}…) are not read.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwxOrganization(Long id, String type, String url, String name, String description, String created,
                              String modified, AwxOrganizationSummary summaryFields) {
}
