package io.memberkit.adapter.http.awx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * An organization's counters in its list and detail views: {@code users} counts the direct members
 * ({@code member_role}), {@code admins} the admins ({@code admin_role}), which AWX counts apart.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwxRelatedFieldCounts(Long users, Long admins, Long teams, Long inventories, Long projects,
                                    Long jobTemplates, Long hosts) {
}
