package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.MemberRole;
import java.util.EnumMap;
import java.util.Map;

/** Members per role; every role is present, 0 when nobody holds it. */
public record MemberCounts(Map<MemberRole, Long> byRole) {
    public MemberCounts {
        var all = new EnumMap<MemberRole, Long>(MemberRole.class);
        for (var role : MemberRole.values()) {
            all.put(role, byRole == null ? 0L : byRole.getOrDefault(role, 0L));
        }
        byRole = Map.copyOf(all);
    }

    public long of(MemberRole role) {
        return byRole.get(role);
    }

    public long total() {
        return byRole.values().stream().mapToLong(Long::longValue).sum();
    }
}
