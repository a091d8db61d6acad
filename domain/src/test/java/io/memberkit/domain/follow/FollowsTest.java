package io.memberkit.domain.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.follow.FollowEvent.Followed;
import io.memberkit.domain.follow.FollowEvent.Unfollowed;
import io.memberkit.domain.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowsTest {
    private static final Instant NOW = TestClock.START.plus(Duration.ofHours(1));
    private static final UserId ADA = new UserId("ada");
    private static final FollowTarget GRACE = new FollowTarget.OfUser(new UserId("grace"));
    private static final FollowTarget ORGANIZATION = new FollowTarget.OfOrganization(new OrganizationId("org"));

    @Nested
    class Following {
        @Test
        void a_user_or_an_organization_starts_a_follow_with_an_event() {
            var change = Follows.follow(ADA, ORGANIZATION, Optional.empty(), NOW);

            assertThat(change.state()).isEqualTo(new Follow(ADA, ORGANIZATION, NOW));
            assertThat(change.events()).containsExactly(new Followed(ADA, NOW, ORGANIZATION));
            assertThat(Follows.follow(ADA, GRACE, Optional.empty(), NOW).events())
                    .containsExactly(new Followed(ADA, NOW, GRACE));
        }

        @Test
        void twice_changes_nothing() {
            var existing = new Follow(ADA, GRACE, TestClock.START);

            var change = Follows.follow(ADA, GRACE, Optional.of(existing), NOW);

            assertThat(change.state()).isEqualTo(existing);
            assertThat(change.events()).isEmpty();
        }

        @Nested
        class One_never_follows_oneself {
            @Test
            void following_someone_else_is_allowed() {
                assertThat(Follows.follow(ADA, GRACE, Optional.empty(), NOW).state().target()).isEqualTo(GRACE);
            }

            @Test
            void following_oneself_is_forbidden() {
                assertThatThrownBy(() -> Follows.follow(ADA, new FollowTarget.OfUser(ADA), Optional.empty(), NOW))
                        .isInstanceOf(Forbidden.class);
            }
        }
    }

    @Nested
    class Unfollowing {
        @Nested
        class Only_what_one_follows {
            @Test
            void a_follow_ends_with_an_event() {
                var existing = new Follow(ADA, ORGANIZATION, TestClock.START);

                var change = Follows.unfollow(ADA, ORGANIZATION, Optional.of(existing), NOW);

                assertThat(change.state()).isEqualTo(existing);
                assertThat(change.events()).containsExactly(new Unfollowed(ADA, NOW, ORGANIZATION));
            }

            @Test
            void unfollowing_what_one_does_not_follow_is_not_found() {
                assertThatThrownBy(() -> Follows.unfollow(ADA, ORGANIZATION, Optional.empty(), NOW))
                        .isInstanceOf(NotFound.class);
            }
        }
    }
}
