package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.mapping.UdataFollowMapper;
import io.memberkit.adapter.http.udata.wire.UdataFollow;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.FollowRepository;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import java.util.Optional;

/**
 * Follows over {@code /users/{id}/followers/} and {@code /organizations/{id}/followers/}. Following and unfollowing
 * act as the API key's owner (uData knows no other follower), so a follow on behalf of someone else is not
 * supported. {@code find} uses the list's {@code user} filter; {@code count} reads the list's {@code total}.
 */
public final class UdataFollowRepository implements FollowRepository {
    private static final UdataFollowMapper MAPPER = UdataFollowMapper.INSTANCE;
    private final UdataClient client;

    UdataFollowRepository(UdataClient client) {
        this.client = client;
    }

    private static RemoteCall followers(RemoteCall.Method method, FollowTarget target) {
        var template = target instanceof FollowTarget.OfUser ? "/users/{}/followers/" : "/organizations/{}/followers/";
        return switch (method) {
            case GET -> RemoteCall.get(template, target.id());
            case POST -> RemoteCall.post(template, target.id());
            case DELETE -> RemoteCall.delete(template, target.id());
            case PUT -> RemoteCall.put(template, target.id());
        };
    }

    @Override
    public Optional<Follow> find(UserId follower, FollowTarget target) {
        try {
            var page = client.page(followers(RemoteCall.Method.GET, target).query("user", follower.value()),
                    UdataFollow.class, PageRequest.first(1), f -> MAPPER.toDomain(f, target));
            return page.items().stream().filter(f -> f.follower().equals(follower)).findFirst();
        } catch (NotFound unknownTarget) {
            return Optional.empty();
        }
    }

    @Override
    public Page<Follow> followers(FollowTarget target, PageRequest page) {
        return client.page(followers(RemoteCall.Method.GET, target), UdataFollow.class, page,
                f -> MAPPER.toDomain(f, target));
    }

    @Override
    public long count(FollowTarget target) {
        return client.page(followers(RemoteCall.Method.GET, target), UdataFollow.class, PageRequest.first(1),
                f -> f).total();
    }

    @Override
    public void follow(Follow follow) {
        requireOwner(follow.follower(), "following on behalf of another user than the API key's owner");
        client.execute(followers(RemoteCall.Method.POST, follow.target()));
    }

    @Override
    public void unfollow(Follow follow) {
        requireOwner(follow.follower(), "unfollowing on behalf of another user than the API key's owner");
        client.execute(followers(RemoteCall.Method.DELETE, follow.target()));
    }

    private void requireOwner(UserId follower, String operation) {
        if (!client.isOwner(follower)) {
            throw new BackendFailure.NotSupported(operation, UdataConfiguration.PROVIDER);
        }
    }
}
