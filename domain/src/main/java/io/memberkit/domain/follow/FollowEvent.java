package io.memberkit.domain.follow;

import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.UserId;
import java.time.Instant;

/** What happens when users follow and stop following users and organizations. */
public sealed interface FollowEvent extends DomainEvent {
    FollowTarget target();

    record Followed(UserId actor, Instant at, FollowTarget target) implements FollowEvent {
        @Override
        public String describe() {
            return actor + " follows " + target.id();
        }
    }

    record Unfollowed(UserId actor, Instant at, FollowTarget target) implements FollowEvent {
        @Override
        public String describe() {
            return actor + " no longer follows " + target.id();
        }
    }
}
