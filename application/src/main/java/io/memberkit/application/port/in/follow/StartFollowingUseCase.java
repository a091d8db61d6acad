package io.memberkit.application.port.in.follow;

/** Follows a user or an organization (POST .../followers/); following twice changes nothing, following oneself is refused. */
public interface StartFollowingUseCase {
    FollowResult follow(StartFollowing command);
}
