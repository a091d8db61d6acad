package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * A user account (GET /users/{id}/, GET /me/, the items of GET /users/). {@code email} is null for a third party,
 * full for a site admin and on {@code /me/}. {@code roles} are site roles ({@code ["admin"]}). uData does not
 * serialize {@code deleted} (a deleted account answers 410); memberkit's own server may.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataUser(String id, String slug, String firstName, String lastName, String email, String about,
                        String website, String avatar, String avatarThumbnail, List<String> roles, Boolean active,
                        String since, String lastLoginAt, String deleted, List<UdataOrganizationRef> organizations,
                        String page, String uri) {
}
