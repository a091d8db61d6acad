package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A follower (an item of GET .../followers/). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataFollow(String id, UdataUserRef follower, String since) {
}
