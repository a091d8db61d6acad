package io.memberkit.domain.follow;

import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import java.time.Instant;
import java.util.Optional;

/** Following: never oneself; following twice changes nothing; unfollowing what one does not follow is not found. */
public final class Follows {
    private Follows() {
    }

    public static Change<Follow> follow(UserId follower, FollowTarget target, Optional<Follow> existing, Instant now) {
        if (target instanceof FollowTarget.OfUser ofUser && ofUser.user().equals(follower)) {
            throw new Forbidden("You can't follow yourself");
        }
        if (existing.isPresent()) {
            return Change.none(existing.get());
        }
        return Change.of(new Follow(follower, target, now), new FollowEvent.Followed(follower, now, target));
    }

    public static Change<Follow> unfollow(UserId follower, FollowTarget target, Optional<Follow> existing, Instant now) {
        var follow = existing.orElseThrow(() -> new NotFound("You are not following " + target.id()));
        return Change.of(follow, new FollowEvent.Unfollowed(follower, now, target));
    }
}
