package io.memberkit.application.port.out;

import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import java.util.Optional;

/** Who follows which user or organization. */
public interface FollowRepository {
    Optional<Follow> find(UserId follower, FollowTarget target);

    /** Followers of a target, oldest first. */
    Page<Follow> followers(FollowTarget target, PageRequest page);

    long count(FollowTarget target);

    void follow(Follow follow);

    void unfollow(Follow follow);
}
