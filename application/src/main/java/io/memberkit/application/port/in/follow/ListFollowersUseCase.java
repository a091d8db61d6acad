package io.memberkit.application.port.in.follow;

import io.memberkit.domain.common.Page;
import io.memberkit.domain.follow.Follow;

/** The followers of a user or an organization, oldest first. */
public interface ListFollowersUseCase {
    Page<Follow> list(ListFollowers query);
}
