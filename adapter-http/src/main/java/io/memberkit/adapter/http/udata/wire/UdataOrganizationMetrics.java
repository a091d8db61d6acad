package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The counters of {@code metrics} memberkit keeps; uData's others (per month...) are ignored. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataOrganizationMetrics(Long members, Long followers, Long datasets, Long reuses, Long views,
                                       Long dataservices) {
}
