package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * uData's UserReference and MemberUserWithEmail: a member's or applicant's account as an organization shows it.
 * {@code email} is full, masked ({@code ad***@example.org}) or null depending on the viewer; {@code last_login_at}
 * is only shown to the organization's members and site admins.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataUserRef(@JsonProperty("class") String kind, String id, String firstName, String lastName,
                           String slug, String avatar, String avatarThumbnail, String email, String lastLoginAt,
                           String page, String uri) {
    /** A reference by id only, as this adapter writes one. */
    public static UdataUserRef of(String id) {
        return new UdataUserRef("User", id, null, null, null, null, null, null, null, null, null);
    }
}
