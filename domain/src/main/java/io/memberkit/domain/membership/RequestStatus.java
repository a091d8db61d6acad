package io.memberkit.domain.membership;

/**
 * Where a request or invitation stands. {@link #EXPIRED} is computed, never stored: a pending invitation whose
 * delay ran out is stored as {@link #PENDING} and shown as expired ({@link MembershipRequest#seenAt}), so nothing
 * has to rewrite rows when the clock moves. Adapters refuse to write it.
 */
public enum RequestStatus {
    PENDING, ACCEPTED, REFUSED, CANCELED,
    /** Computed from the clock: a pending invitation whose expiry passed. Never stored. */
    EXPIRED
}
