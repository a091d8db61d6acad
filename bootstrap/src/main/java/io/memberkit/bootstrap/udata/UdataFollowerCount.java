package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The answer of POST and DELETE .../followers/: {@code {"followers": n}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataFollowerCount(Long followers) {
}
