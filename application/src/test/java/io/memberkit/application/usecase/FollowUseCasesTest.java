package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.follow.FollowResult;
import io.memberkit.application.port.in.follow.ListFollowers;
import io.memberkit.application.port.in.follow.ListFollowersUseCase;
import io.memberkit.application.port.in.follow.StartFollowing;
import io.memberkit.application.port.in.follow.StartFollowingUseCase;
import io.memberkit.application.port.in.follow.StopFollowing;
import io.memberkit.application.port.in.follow.StopFollowingUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowUseCasesTest {
    private final World world = new World();
    private final StartFollowingUseCase follow = world.follows;
    private final StopFollowingUseCase unfollow = world.follows;
    private final ListFollowersUseCase followers = world.follows;
    private final DeleteOrganizationUseCase deleteOrganization = world.organizations;

    private final User me = world.aUser();
    private final User ada = world.aUser();
    private final FollowTarget adaAsTarget = new FollowTarget.OfUser(ada.id());

    private FollowResult following(User follower, FollowTarget target) {
        return follow.follow(new StartFollowing(as(follower), target));
    }

    @Nested
    class NobodyFollowsThemselves {
        @Test
        void following_another_user_counts_one_follower() {
            var result = following(me, adaAsTarget);

            assertThat(result.created()).isTrue();
            assertThat(result.followers()).isEqualTo(1);
        }

        @Test
        void following_oneself_is_forbidden() {
            assertThatThrownBy(() -> following(me, new FollowTarget.OfUser(me.id()))).isInstanceOf(Forbidden.class);
            assertThat(followers.list(new ListFollowers(as(me), new FollowTarget.OfUser(me.id()), null)).total())
                    .isZero();
        }
    }

    @Nested
    class FollowingTwiceChangesNothing {
        @Test
        void the_second_follow_is_not_created_and_the_count_stays() {
            following(me, adaAsTarget);

            var again = following(me, adaAsTarget);

            assertThat(again.created()).isFalse();
            assertThat(again.followers()).isEqualTo(1);
        }

        @Test
        void an_anonymous_reader_cannot_follow() {
            assertThatThrownBy(() -> follow.follow(new StartFollowing(Actor.anonymous(), adaAsTarget)))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class UnfollowingNeedsAFollow {
        @Test
        void unfollowing_returns_the_new_count() {
            following(me, adaAsTarget);
            following(world.aUser(), adaAsTarget);

            assertThat(unfollow.unfollow(new StopFollowing(as(me), adaAsTarget))).isEqualTo(1);
        }

        @Test
        void unfollowing_what_one_does_not_follow_is_not_found() {
            assertThatThrownBy(() -> unfollow.unfollow(new StopFollowing(as(me), adaAsTarget)))
                    .isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class ListingFollowers {
        @Test
        void followers_are_listed_oldest_first_with_a_total() {
            var other = world.aUser();
            following(me, adaAsTarget);
            world.clock.advance(Duration.ofMinutes(1));
            following(other, adaAsTarget);

            var page = followers.list(new ListFollowers(Actor.anonymous(), adaAsTarget, null));

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.items()).extracting(Follow::follower).containsExactly(me.id(), other.id());
        }

        @Test
        void the_followers_of_an_inactive_user_are_gone() {
            var inactive = world.user(TestUsers.aUser().inactive());

            assertThatThrownBy(() -> followers.list(new ListFollowers(as(me), new FollowTarget.OfUser(inactive.id()),
                    null))).isInstanceOf(Gone.class);
        }
    }

    @Nested
    class FollowingAnOrganization {
        private final User admin = world.aUser();
        private final Organization followed = world.organizationOf(admin);
        private final FollowTarget organization = new FollowTarget.OfOrganization(followed.id());

        @Test
        void an_organization_is_followed_and_unfollowed() {
            assertThat(following(me, organization).followers()).isEqualTo(1);
            assertThat(unfollow.unfollow(new StopFollowing(as(me), organization))).isZero();
        }

        @Test
        void a_deleted_organization_or_an_inactive_user_cannot_be_followed() {
            deleteOrganization.delete(new DeleteOrganization(as(admin), followed.id()));
            var inactive = world.user(TestUsers.aUser().inactive());

            assertThatThrownBy(() -> following(me, organization)).isInstanceOf(Gone.class);
            assertThatThrownBy(() -> following(me, new FollowTarget.OfUser(inactive.id()))).isInstanceOf(Gone.class);
        }
    }
}
