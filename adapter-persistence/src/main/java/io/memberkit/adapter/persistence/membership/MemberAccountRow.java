package io.memberkit.adapter.persistence.membership;

import io.memberkit.adapter.persistence.user.UserRow;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A member with their account, as one row of {@code members JOIN users}: a page of members read by cursor takes one
 * statement. The member's {@code since} is {@code member_since}; the account's columns keep their names.
 */
@Introspected
public record MemberAccountRow(String organizationId, String userId, String role, Instant memberSince,
                               String slug, String firstName, String lastName, @Nullable String email,
                               @Nullable String about, @Nullable String website, @Nullable String avatar, String roles,
                               boolean active, Instant since, @Nullable Instant lastLogin, @Nullable Instant deleted) {

    MemberRow member() {
        return new MemberRow(new MemberKey(organizationId, userId), role, memberSince);
    }

    UserRow account() {
        return new UserRow(userId, slug, firstName, lastName, email, about, website, avatar, roles, active, since,
                lastLogin, deleted);
    }
}
