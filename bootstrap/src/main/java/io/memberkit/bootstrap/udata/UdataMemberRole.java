package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** An item of GET /organizations/roles/: {@code {"id": "admin", "label": "Administrator"}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataMemberRole(String id, String label) {
}
