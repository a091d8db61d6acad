package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A plain answer such as {@code {"message": "Invitation accepted"}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataMessage(String message) {
}
