package io.memberkit.domain.membership;

import io.memberkit.domain.common.Require;

/** A membership request's or invitation's id: opaque, as every provider has its own format. */
public record MembershipRequestId(String value) {
    public MembershipRequestId {
        value = Require.nonBlank(value, "id");
    }

    @Override
    public String toString() {
        return value;
    }
}
