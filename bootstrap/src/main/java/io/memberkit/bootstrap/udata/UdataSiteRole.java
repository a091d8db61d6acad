package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** An item of GET /users/roles/: {@code {"name": "admin"}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataSiteRole(String name) {
}
