package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** A user account as GET /users/{id}/ and GET /me/ show it; {@code email} per viewer (null for a third party). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataUser(String id, String slug, String firstName, String lastName, String email, String about,
                        String website, String avatar, String avatarThumbnail, List<String> roles, Boolean active,
                        String since, String lastLoginAt, String deleted, List<UdataOrganizationRef> organizations,
                        String page, String uri) {
}
