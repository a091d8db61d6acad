package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** An item of GET /users/suggest/. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataUserSuggestion(String id, String firstName, String lastName, String slug, String avatarUrl) {
}
