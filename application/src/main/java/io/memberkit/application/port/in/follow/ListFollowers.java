package io.memberkit.application.port.in.follow;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.follow.FollowTarget;

/** The input of {@link ListFollowersUseCase}. */
public record ListFollowers(Actor actor, FollowTarget target, PageRequest page) {
    public ListFollowers {
        Require.present(actor, "actor");
        Require.present(target, "target");
        page = page == null ? PageRequest.firstPage() : page;
    }
}
