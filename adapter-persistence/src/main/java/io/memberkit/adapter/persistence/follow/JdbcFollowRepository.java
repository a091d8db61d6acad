package io.memberkit.adapter.persistence.follow;

import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.organization.OrganizationRows;
import io.memberkit.application.port.out.FollowRepository;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Follows in {@code follows}; following an organization also moves its followers counter, in the same write. */
@Singleton
@TranslatesSqlFailures
public class JdbcFollowRepository implements FollowRepository {
    private final FollowRows rows;
    private final OrganizationRows organizations;
    private final FollowRowMapper mapper;

    public JdbcFollowRepository(FollowRows rows, OrganizationRows organizations, FollowRowMapper mapper) {
        this.rows = rows;
        this.organizations = organizations;
        this.mapper = mapper;
    }

    @Override
    public Optional<Follow> find(UserId follower, FollowTarget target) {
        var found = target instanceof FollowTarget.OfUser ofUser
                ? rows.findOfUser(follower.value(), ofUser.user().value())
                : rows.findOfOrganization(follower.value(), target.id());
        return found.map(mapper::toDomain);
    }

    @Override
    public Page<Follow> followers(FollowTarget target, PageRequest page) {
        var found = target instanceof FollowTarget.OfUser
                ? rows.followersOfUser(target.id(), page.pageSize(), page.offset())
                : rows.followersOfOrganization(target.id(), page.pageSize(), page.offset());
        return Page.of(found.stream().map(mapper::toDomain).toList(), page, count(target));
    }

    @Override
    public long count(FollowTarget target) {
        return target instanceof FollowTarget.OfUser
                ? rows.countOfUser(target.id())
                : rows.countOfOrganization(target.id());
    }

    @Override
    public void follow(Follow follow) {
        rows.save(mapper.toRow(follow));
        if (follow.target() instanceof FollowTarget.OfOrganization) {
            organizations.addFollowers(follow.target().id(), 1);
        }
    }

    @Override
    public void unfollow(Follow follow) {
        var target = follow.target();
        if (target instanceof FollowTarget.OfUser) {
            rows.unfollowUser(follow.follower().value(), target.id());
        } else if (rows.unfollowOrganization(follow.follower().value(), target.id()) > 0) {
            organizations.addFollowers(target.id(), -1);
        }
    }
}
