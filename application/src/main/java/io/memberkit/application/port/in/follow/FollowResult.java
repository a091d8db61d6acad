package io.memberkit.application.port.in.follow;

/** Whether a follow was created (201) or already there (200), and the target's follower count. */
public record FollowResult(boolean created, long followers) {
}
