package io.memberkit.adapter.http.awx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/** An organization's {@code summary_fields}: its roles by name ({@code admin_role}, {@code auditor_role}…) and counters. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwxOrganizationSummary(Map<String, AwxObjectRole> objectRoles, AwxRelatedFieldCounts relatedFieldCounts) {
}
