package io.memberkit.application.service;

import java.time.Duration;

/**
 * Settings of the membership rules that a platform may change: an invitation's delay when none is asked for
 * ({@code invitationTtl}, 7 days), the longest one may ask for ({@code maxInvitationTtl}, 30 days), and how many
 * invitations an organization may send per sliding window ({@code invitationsPerWindow} per
 * {@code invitationWindow}: 50 per 24 hours).
 */
public record MembershipSettings(Duration invitationTtl, Duration maxInvitationTtl, int invitationsPerWindow,
                                 Duration invitationWindow) {
    public static final Duration DEFAULT_MAX_INVITATION_TTL = Duration.ofDays(30);
    public static final int DEFAULT_INVITATIONS_PER_WINDOW = 50;
    public static final Duration DEFAULT_INVITATION_WINDOW = Duration.ofHours(24);
    public static final MembershipSettings DEFAULTS = new MembershipSettings(Duration.ofDays(7));

    public MembershipSettings {
        requirePositive(invitationTtl, "invitationTtl");
        requirePositive(maxInvitationTtl, "maxInvitationTtl");
        if (invitationTtl.compareTo(maxInvitationTtl) > 0) {
            throw new IllegalArgumentException("invitationTtl must not be longer than maxInvitationTtl");
        }
        if (invitationsPerWindow < 1) {
            throw new IllegalArgumentException("invitationsPerWindow must be at least 1");
        }
        requirePositive(invitationWindow, "invitationWindow");
    }

    /** A default delay, with the default maximum (or the delay itself, if longer) and the default rate limit. */
    public MembershipSettings(Duration invitationTtl) {
        this(invitationTtl, invitationTtl == null || invitationTtl.compareTo(DEFAULT_MAX_INVITATION_TTL) < 0
                        ? DEFAULT_MAX_INVITATION_TTL : invitationTtl,
                DEFAULT_INVITATIONS_PER_WINDOW, DEFAULT_INVITATION_WINDOW);
    }

    public MembershipSettings withMaxInvitationTtl(Duration value) {
        return new MembershipSettings(invitationTtl, value, invitationsPerWindow, invitationWindow);
    }

    public MembershipSettings withRateLimit(int invitations, Duration window) {
        return new MembershipSettings(invitationTtl, maxInvitationTtl, invitations, window);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
