package io.memberkit.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.testing.TestClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final String SECRET = "mk_s3cr3t-value-that-nobody-sees";

    @Nested
    class ATokenNeverShowsItself {
        @Test
        void its_text_form_is_redacted() {
            var token = new ApiToken(SECRET);

            assertThat(token.toString()).doesNotContain("s3cr3t").contains("redacted");
            assertThat(String.valueOf(token)).doesNotContain("s3cr3t");
        }

        @Test
        void a_record_holding_it_prints_it_redacted_too() {
            record Holder(ApiToken token) {
            }

            assertThat(new Holder(new ApiToken(SECRET)).toString()).doesNotContain("s3cr3t");
        }

        @Test
        void its_prefix_is_a_few_characters_only() {
            assertThat(new ApiToken(SECRET).prefix()).isEqualTo("mk_s3cr3");
        }

        @Test
        void a_blank_or_short_or_spaced_token_is_refused_naming_api_key() {
            assertThatThrownBy(() -> new ApiToken(" ")).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("api_key"));
            assertThatThrownBy(() -> new ApiToken("short")).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> new ApiToken("mk_with a space inside")).isInstanceOf(InvalidInput.class);
        }
    }

    @Nested
    class AKeyIsRevokedOnce {
        private final ApiKey key = new ApiKey(new ApiKeyId("k1"), new UserId("u1"), "ci", "mk_abcde", TestClock.START,
                null);

        @Test
        void revoking_sets_the_date() {
            assertThat(key.revokedAt(TestClock.START.plusSeconds(60)).revoked())
                    .isEqualTo(TestClock.START.plusSeconds(60));
        }

        @Test
        void revoking_twice_is_gone() {
            var revoked = key.revokedAt(TestClock.START);

            assertThatThrownBy(() -> revoked.revokedAt(TestClock.START)).isInstanceOf(Gone.class);
        }
    }

    @Test
    void a_hash_is_sha256_hex_only() {
        assertThatThrownBy(() -> new ApiKeyHash("not-a-hash")).isInstanceOf(InvalidInput.class);
        assertThat(new ApiKeyHash("0".repeat(64)).value()).hasSize(64);
    }
}
