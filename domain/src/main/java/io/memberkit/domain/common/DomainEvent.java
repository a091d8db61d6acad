package io.memberkit.domain.common;

import java.time.Instant;

/**
 * Something that happened. Each area keeps its own sealed family (membership, organization, user, follow),
 * so the areas stay free of cycles; this interface is what the audit trail and listeners see of all of them.
 */
public interface DomainEvent {
    /** Who did it. */
    UserId actor();

    /** When, from the clock the use case was given. */
    Instant at();

    /** A one-line account for the audit trail; never contains a secret. */
    String describe();

    /** The event's name, e.g. {@code MemberInvited}. */
    default String type() {
        return getClass().getSimpleName();
    }
}
