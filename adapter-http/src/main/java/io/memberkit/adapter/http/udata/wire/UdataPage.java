package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * uData's page envelope {@code {data, page, page_size, total, next_page, previous_page}}; {@code next_page} is the
 * absolute URL of the next page, null on the last one.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataPage<T>(List<T> data, Integer page, Integer pageSize, Long total, String nextPage,
                           String previousPage) {
}
