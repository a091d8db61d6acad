package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MemberRole;
import java.util.Optional;

/**
 * Filters of a member list: one {@code role}, and {@code q}, a case-insensitive prefix of the member's first
 * name, last name or email address.
 */
public record MemberFilter(Optional<MemberRole> role, Optional<String> q) {
    public static final MemberFilter ALL = new MemberFilter(Optional.empty(), Optional.empty());

    public MemberFilter {
        Require.present(role, "role");
        q = Require.present(q, "q").map(v -> Require.line(v, "q")).filter(v -> v != null);
    }

    public static MemberFilter ofRole(Optional<MemberRole> role) {
        return new MemberFilter(role, Optional.empty());
    }
}
