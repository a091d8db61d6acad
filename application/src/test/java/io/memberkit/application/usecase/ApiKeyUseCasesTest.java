package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.apikey.AuthenticateApiKey;
import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.apikey.CreatedApiKey;
import io.memberkit.application.port.in.apikey.ListApiKeys;
import io.memberkit.application.port.in.apikey.RevokeApiKey;
import io.memberkit.application.service.ApiKeyService;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyId;
import io.memberkit.domain.user.ApiToken;
import io.memberkit.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiKeyUseCasesTest {
    private final World world = new World();
    private final User ada = world.aUser();
    private final User bob = world.aUser();

    private CreatedApiKey keyOf(User user) {
        return world.apiKeys.create(new CreateApiKey(as(user), "laptop"));
    }

    private Actor authenticate(ApiToken token) {
        return world.apiKeys.authenticate(new AuthenticateApiKey(token));
    }

    @Nested
    class ATokenActsForItsOwner {
        @Test
        void a_new_token_authenticates_as_its_owner() {
            var created = keyOf(ada);

            assertThat(authenticate(created.token())).isEqualTo(as(ada));
            assertThat(created.key().prefix()).isEqualTo(created.token().prefix());
            assertThat(created.token().value()).startsWith("mk_");
        }

        @Test
        void the_store_keeps_the_hash_never_the_token() {
            var created = keyOf(ada);

            assertThat(world.ports.apiKeys().findByHash(ApiKeyService.hash(created.token()))).contains(created.key());
            assertThat(created.key().toString()).doesNotContain(created.token().value());
            assertThat(created.toString()).doesNotContain(created.token().value());
        }

        @Test
        void an_unknown_token_is_refused() {
            keyOf(ada);

            assertThatThrownBy(() -> authenticate(new ApiToken("mk_not-a-key-of-anybody")))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void the_token_of_an_inactive_account_is_refused() {
            var inactive = world.user(TestUsers.aUser().inactive());
            // an account that became inactive after creating its key: written through the port
            world.ports.unitOfWork().write(() -> {
                world.ports.apiKeys().add(new ApiKey(new ApiKeyId("k-inactive"), inactive.id(), null, "mk_inact",
                        world.clock.instant(), null), ApiKeyService.hash(new ApiToken("mk_inactive-owner-token")));
                return null;
            });

            assertThatThrownBy(() -> authenticate(new ApiToken("mk_inactive-owner-token")))
                    .isInstanceOf(Forbidden.class);
        }

        @Test
        void anonymous_cannot_create_a_key() {
            assertThatThrownBy(() -> world.apiKeys.create(new CreateApiKey(Actor.anonymous(), null)))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class ARevokedKeyLetsNobodyIn {
        @Test
        void after_revocation_the_token_is_refused() {
            var created = keyOf(ada);

            var revoked = world.apiKeys.revoke(new RevokeApiKey(as(ada), created.key().id()));

            assertThat(revoked.isRevoked()).isTrue();
            assertThatThrownBy(() -> authenticate(created.token())).isInstanceOf(Forbidden.class);
        }

        @Test
        void revoking_twice_is_gone() {
            var created = keyOf(ada);
            world.apiKeys.revoke(new RevokeApiKey(as(ada), created.key().id()));

            assertThatThrownBy(() -> world.apiKeys.revoke(new RevokeApiKey(as(ada), created.key().id())))
                    .isInstanceOf(Gone.class);
        }

        @Test
        void someone_elses_key_is_not_found_and_stays_valid() {
            var created = keyOf(ada);

            assertThatThrownBy(() -> world.apiKeys.revoke(new RevokeApiKey(as(bob), created.key().id())))
                    .isInstanceOf(NotFound.class);
            assertThat(authenticate(created.token())).isEqualTo(as(ada));
        }
    }

    @Test
    void a_user_lists_their_own_keys_only() {
        var first = keyOf(ada);
        world.clock.advance(Duration.ofMinutes(1));
        var second = keyOf(ada);
        keyOf(bob);

        assertThat(world.apiKeys.list(new ListApiKeys(as(ada)))).containsExactly(first.key(), second.key());
    }
}
