package io.memberkit.adapter.persistence.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code membership_requests}. The invitee is {@code userId} or {@code email}, never both; the
 * assignments an invitation carries are rows of {@code request_assignments}.
 */
@MappedEntity("membership_requests")
public record MembershipRequestRow(@Id String id, String organizationId, String kind, String status,
                                   @Nullable String userId, @Nullable String email, String role,
                                   @Nullable String comment, Instant created, @Nullable String createdBy,
                                   @Nullable String handledBy, @Nullable Instant handledOn,
                                   @Nullable String refusalComment, @Nullable Instant expiresAt) {
}
