package io.memberkit.adapter.http.awx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A user: {@code GET /api/v2/users/N/}, the items of {@code /api/v2/users/}, of an organization's
 * {@code users/} and {@code admins/}, and the one result of {@code /api/v2/me/}. {@code last_login} is shown on
 * {@code /me/}; {@code related} links and {@code summary_fields.user_capabilities} are not read.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwxUser(Long id, String type, String url, String created, String username, String firstName,
                      String lastName, String email, Boolean isSuperuser, Boolean isSystemAuditor, String ldapDn,
                      String lastLogin, String externalAccount) {
}
