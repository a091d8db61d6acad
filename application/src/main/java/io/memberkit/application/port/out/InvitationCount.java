package io.memberkit.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** The invitations an organization created in a window: how many, and when the oldest of them was created. */
public record InvitationCount(long count, Optional<Instant> oldest) {
    public static final InvitationCount NONE = new InvitationCount(0, Optional.empty());

    public InvitationCount {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        oldest = oldest == null ? Optional.empty() : oldest;
    }
}
