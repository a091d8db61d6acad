package io.memberkit.domain.follow;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import java.time.Instant;

/** A user following a user or an organization. */
public record Follow(UserId follower, FollowTarget target, Instant since) {
    public Follow {
        Require.present(follower, "follower");
        Require.present(target, "target");
        Require.present(since, "since");
    }
}
