package io.memberkit.domain.membership;

import io.memberkit.domain.common.Require;

public record MembershipRequestId(String value) {
    public MembershipRequestId {
        value = Require.nonBlank(value, "id");
    }

    @Override
    public String toString() {
        return value;
    }
}
