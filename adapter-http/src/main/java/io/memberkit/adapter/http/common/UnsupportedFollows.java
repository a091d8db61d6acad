package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.FollowRepository;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import java.util.Optional;

/** Follows on a provider without them (Isogeo's API, AWX): every call is {@code NotSupported}. */
public final class UnsupportedFollows implements FollowRepository {
    private final String provider;

    public UnsupportedFollows(String provider) {
        this.provider = provider;
    }

    private BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, provider);
    }

    @Override
    public Optional<Follow> find(UserId follower, FollowTarget target) {
        throw no("reading a follow");
    }

    @Override
    public Page<Follow> followers(FollowTarget target, PageRequest page) {
        throw no("listing followers");
    }

    @Override
    public long count(FollowTarget target) {
        throw no("counting followers");
    }

    @Override
    public void follow(Follow follow) {
        throw no("following");
    }

    @Override
    public void unfollow(Follow follow) {
        throw no("unfollowing");
    }
}
