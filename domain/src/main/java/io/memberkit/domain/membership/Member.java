package io.memberkit.domain.membership;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import java.time.Instant;

/** A user's membership of an organization, with their role. A user is a member of an organization at most once. */
public record Member(OrganizationId organization, UserId user, MemberRole role, Instant since) {
    public Member {
        Require.present(organization, "organization");
        Require.present(user, "user");
        Require.present(role, "role");
        Require.present(since, "since");
    }

    public boolean isAdmin() {
        return role == MemberRole.ADMIN;
    }

    public Member withRole(MemberRole to) {
        return new Member(organization, user, to, since);
    }
}
