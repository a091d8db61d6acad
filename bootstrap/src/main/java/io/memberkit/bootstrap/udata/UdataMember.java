package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A member as in {@code members[]} and the answer of PUT .../member/{user}/. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataMember(String role, String since, UdataUserRef user, String label) {
}
