package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import org.junit.jupiter.api.Test;

/** What every {@code FollowRepository} does. */
public abstract class FollowRepositoryContract extends PortContract {

    @Test
    void a_follow_is_found_counted_and_listed_until_unfollowed() {
        var star = aUser();
        var first = aUser();
        var second = aUser();
        var target = new FollowTarget.OfUser(star.id());
        var early = new Follow(first.id(), target, t(1));
        var late = new Follow(second.id(), target, t(2));
        run(() -> {
            out.follows().follow(late);
            out.follows().follow(early);
        });

        assertThat(out.follows().find(first.id(), target)).contains(early);
        assertThat(out.follows().count(target)).isEqualTo(2);
        var page = out.follows().followers(target, new PageRequest(1, 1));
        assertThat(page.items()).containsExactly(early);
        assertThat(page.hasNext()).isTrue();

        run(() -> out.follows().unfollow(early));

        assertThat(out.follows().find(first.id(), target)).isEmpty();
        assertThat(out.follows().count(target)).isEqualTo(1);
    }

    @Test
    void following_an_organization_counts_as_its_follower() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var target = new FollowTarget.OfOrganization(organization.id());

        run(() -> out.follows().follow(new Follow(admin.id(), target, t(1))));

        assertThat(out.follows().count(target)).isEqualTo(1);
        assertThat(out.follows().count(new FollowTarget.OfUser(admin.id()))).isZero();
        assertThat(out.organizations().find(organization.id()).orElseThrow().metrics().followers()).isEqualTo(1);
    }
}
