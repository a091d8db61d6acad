package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyHash;
import io.memberkit.domain.user.ApiKeyId;
import io.memberkit.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@code ApiKeyRepository} does. */
public abstract class ApiKeyRepositoryContract extends PortContract {
    private static final ApiKeyHash HASH_A = new ApiKeyHash("a".repeat(64));
    private static final ApiKeyHash HASH_B = new ApiKeyHash("b".repeat(64));
    private static final ApiKeyHash HASH_C = new ApiKeyHash("c".repeat(64));

    private ApiKey key(String id, User owner, String name, int minute) {
        return new ApiKey(new ApiKeyId(id), owner.id(), name, "mk_abcde", t(minute), null);
    }

    @Test
    void a_key_is_found_by_the_hash_of_its_token_and_by_its_id() {
        var owner = aUser();
        var key = key("k1", owner, "laptop", 1);

        run(() -> out.apiKeys().add(key, HASH_A));

        assertThat(out.apiKeys().findByHash(HASH_A)).contains(key);
        assertThat(out.apiKeys().find(key.id())).contains(key);
        assertThat(out.apiKeys().findByHash(HASH_B)).isEmpty();
        assertThat(out.apiKeys().find(new ApiKeyId("unknown"))).isEmpty();
    }

    @Test
    void a_users_keys_are_listed_oldest_first_and_only_theirs() {
        var owner = aUser();
        var other = aUser();
        var late = key("k-late", owner, null, 5);
        var early = key("k-early", owner, "ci", 1);
        run(() -> {
            out.apiKeys().add(late, HASH_A);
            out.apiKeys().add(early, HASH_B);
            out.apiKeys().add(key("k-other", other, null, 2), HASH_C);
        });

        assertThat(out.apiKeys().of(owner.id())).containsExactly(early, late);
    }

    @Test
    void a_revoked_key_keeps_its_revocation_date_and_is_still_found() {
        var owner = aUser();
        var key = key("k1", owner, null, 1);
        run(() -> out.apiKeys().add(key, HASH_A));

        run(() -> out.apiKeys().revoke(key.id(), t(3)));

        var found = out.apiKeys().findByHash(HASH_A).orElseThrow();
        assertThat(found.isRevoked()).isTrue();
        assertThat(found.revoked()).isEqualTo(t(3));
        assertThat(out.apiKeys().of(owner.id())).containsExactly(found);
    }

    @Test
    void two_keys_never_share_a_hash() {
        var owner = aUser();
        run(() -> out.apiKeys().add(key("k1", owner, null, 1), HASH_A));

        assertThatThrownBy(() -> run(() -> out.apiKeys().add(key("k2", owner, null, 2), HASH_A)))
                .isInstanceOf(Conflict.class);
        assertThat(out.apiKeys().find(new ApiKeyId("k2"))).isEmpty();
    }
}
