package io.memberkit.domain.membership;

/** Where a request or invitation stands. Expiry is computed from the clock, see {@link MembershipRequest#isExpired}. */
public enum RequestStatus {
    PENDING, ACCEPTED, REFUSED, CANCELED
}
