package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * An item of GET /me/org_invitations/: a pending invitation addressed to the signed-in user. {@code expires_at} is
 * memberkit's own server's (uData's invitations do not expire).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataPendingInvitation(String id, UdataOrganizationRef organization, String role, String comment,
                                     String created, List<UdataSubjectRef> assignments, String expiresAt) {
}
