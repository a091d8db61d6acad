package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;

/** uData's error body: {@code {"message": ...}}, with {@code errors} (field to messages) for bad input. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataError(String message, Map<String, List<String>> errors) {
}
