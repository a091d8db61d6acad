package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** uData's page envelope {@code {data, page, page_size, total, next_page, previous_page}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataPage<T>(List<T> data, Integer page, Integer pageSize, Long total, String nextPage,
                           String previousPage) {
}
