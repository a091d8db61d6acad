package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The counters memberkit keeps or mirrors. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataOrganizationMetrics(Long members, Long followers, Long datasets, Long reuses, Long views) {
}
