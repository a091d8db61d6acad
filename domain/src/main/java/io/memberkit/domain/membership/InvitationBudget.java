package io.memberkit.domain.membership;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many more invitations an organization may send now: at most {@code limit} per sliding {@code window}
 * (50 per 24 hours unless configured otherwise). {@code sent} counts the invitations it created in the window,
 * whatever became of them; {@code oldest} is the first of them, which leaves the window at {@code oldest + window}.
 * Resending an invitation creates none, so it is not counted.
 */
public record InvitationBudget(OrganizationId organization, int limit, Duration window, long sent,
                               Optional<Instant> oldest) {
    public InvitationBudget {
        Require.present(organization, "organization");
        if (limit < 1 || window == null || window.isNegative() || window.isZero() || sent < 0) {
            throw new IllegalArgumentException("a positive limit and window, a count never negative");
        }
        oldest = oldest == null ? Optional.empty() : oldest;
    }

    /** Invitations that may still be sent in this window. */
    public int remaining() {
        return (int) Math.max(0, limit - sent);
    }

    /** When the next invitation is possible again once the budget is spent: when the oldest leaves the window. */
    public Optional<Instant> nextPossibleAt() {
        return oldest.map(o -> o.plus(window));
    }

    /** Refuses {@code wanted} more invitations when the window has no room for them. */
    public void requireRoomFor(int wanted) {
        if (wanted > remaining()) {
            throw exhausted();
        }
    }

    /** The refusal, saying when the next invitation is possible. */
    public RuleBroken exhausted() {
        return new RuleBroken(Rule.INVITATION_RATE_LIMIT, organization + " sent " + sent + " invitation(s) in the last "
                + describe(window) + ", its limit is " + limit + nextPossibleAt()
                .map(at -> ": the next invitation is possible at " + at).orElse(""));
    }

    private static String describe(Duration window) {
        return window.toHoursPart() == 0 && window.toMinutesPart() == 0 && window.toDays() > 0 && window.toDays() != 1
                ? window.toDays() + " days" : window.toHours() + " h";
    }
}
