package io.memberkit.application.port.in.follow;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.follow.FollowTarget;

/** The input of {@link StopFollowingUseCase}. */
public record StopFollowing(Actor actor, FollowTarget target) {
    public StopFollowing {
        Require.present(actor, "actor");
        Require.present(target, "target");
    }
}
