package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * A membership request or an invitation (GET /organizations/{org}/membership/, the answers of POST .../member/ and
 * POST .../membership/). {@code user} is null for an invitation by email, which has {@code email} instead.
 * {@code created_by}, {@code handled_on}, {@code handled_by} and {@code refusal_comment} are stored by uData but not
 * serialized by its API today: read when present (memberkit's own server sends them). {@code expires_at} is
 * memberkit's own: uData's invitations do not expire, so uData never sends it.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataMembershipRequest(String id, UdataUserRef user, String email, String kind, String created,
                                     String status, String role, String comment, List<UdataSubjectRef> assignments,
                                     UdataUserRef createdBy, String handledOn, UdataUserRef handledBy,
                                     String refusalComment, String expiresAt) {
}
