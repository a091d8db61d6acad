package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The answer of POST and DELETE .../followers/: {@code {"followers": n}} after the change. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataFollowerCount(Long followers) {
}
