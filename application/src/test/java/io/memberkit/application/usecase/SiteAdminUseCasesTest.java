package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdmin;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdminUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.user.UserEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SiteAdminUseCasesTest {
    private final World world = new World();
    private final PromoteFirstSiteAdminUseCase promote = world.users;

    @Nested
    class TheFirstAccountOfAFreshSiteBecomesItsAdministrator {
        @Test
        void on_a_site_without_administrator_the_first_one_promotes_themselves() {
            var first = world.aUser();

            var promoted = promote.promote(new PromoteFirstSiteAdmin(as(first)));

            assertThat(promoted.isSiteAdmin()).isTrue();
            assertThat(world.ports.users().find(first.id()).orElseThrow().isSiteAdmin()).isTrue();
            assertThat(world.store.events()).last().isInstanceOf(UserEvent.SiteRolesChanged.class);
        }

        @Test
        void once_a_site_has_an_administrator_nobody_promotes_themselves() {
            world.aSiteAdmin();
            var other = world.aUser();

            assertThatThrownBy(() -> promote.promote(new PromoteFirstSiteAdmin(as(other))))
                    .isInstanceOf(Forbidden.class);
            assertThat(world.ports.users().find(other.id()).orElseThrow().isSiteAdmin()).isFalse();
        }

        @Test
        void an_anonymous_actor_cannot() {
            assertThatThrownBy(() -> promote.promote(new PromoteFirstSiteAdmin(Actor.anonymous())))
                    .isInstanceOf(Forbidden.class);
        }
    }
}
