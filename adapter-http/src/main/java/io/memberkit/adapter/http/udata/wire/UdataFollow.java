package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A follower of a user or an organization (an item of GET .../followers/). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataFollow(String id, UdataUserRef follower, String since) {
}
