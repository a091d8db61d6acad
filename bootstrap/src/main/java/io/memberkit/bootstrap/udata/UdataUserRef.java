package io.memberkit.bootstrap.udata;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** uData's UserReference / MemberUserWithEmail: an account as an organization shows it; email per viewer. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataUserRef(@JsonProperty("class") String kind, String id, String firstName, String lastName,
                           String slug, String avatar, String avatarThumbnail, String email, String lastLoginAt,
                           String page, String uri) {
}
