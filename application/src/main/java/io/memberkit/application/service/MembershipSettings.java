package io.memberkit.application.service;

import java.time.Duration;

/** Settings of the membership rules that a platform may change. */
public record MembershipSettings(Duration invitationTtl) {
    public static final MembershipSettings DEFAULTS = new MembershipSettings(Duration.ofDays(7));

    public MembershipSettings {
        if (invitationTtl == null || invitationTtl.isNegative() || invitationTtl.isZero()) {
            throw new IllegalArgumentException("invitationTtl must be a positive duration");
        }
    }
}
