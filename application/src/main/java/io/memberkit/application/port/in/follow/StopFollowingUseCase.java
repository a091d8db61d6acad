package io.memberkit.application.port.in.follow;

/** Stops following (DELETE .../followers/) and returns the follower count; not following is "not found". */
public interface StopFollowingUseCase {
    long unfollow(StopFollowing command);
}
