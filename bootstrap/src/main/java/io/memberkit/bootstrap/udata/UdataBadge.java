package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A badge: {@code {"kind": "public-service"}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataBadge(String kind) {
}
