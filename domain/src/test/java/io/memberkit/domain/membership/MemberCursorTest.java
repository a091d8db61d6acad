package io.memberkit.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberCursorTest {
    private static final Instant SINCE = Instant.parse("2024-04-14T10:15:30.123456Z");

    private static Member member(Instant since, String user) {
        return new Member(new OrganizationId("org"), new UserId(user), MemberRole.EDITOR, since);
    }

    @Nested
    class A_token_stands_for_its_cursor {
        @Test
        void a_token_reads_back_as_the_same_cursor() {
            var cursor = new MemberCursor(SINCE, new UserId("5f1a:odd|id"));

            assertThat(MemberCursor.parse(cursor.token())).isEqualTo(cursor);
        }

        @Test
        void a_token_is_url_safe() {
            assertThat(new MemberCursor(SINCE, new UserId("ü/+?")).token()).matches("[A-Za-z0-9_-]+");
        }

        @Test
        void anything_else_is_refused_naming_the_field() {
            var notBase64 = "%%%";
            var otherVersion = Base64.getUrlEncoder().encodeToString("x9:1.0:u".getBytes(StandardCharsets.UTF_8));
            var noUser = Base64.getUrlEncoder().encodeToString("m1:1.0:".getBytes(StandardCharsets.UTF_8));
            for (var token : new String[] {notBase64, otherVersion, noUser, " "}) {
                assertThatThrownBy(() -> MemberCursor.parse(token)).isInstanceOf(InvalidInput.class)
                        .extracting(e -> ((InvalidInput) e).field()).isEqualTo("after");
            }
        }
    }

    @Nested
    class The_order_is_oldest_first_then_user_id {
        @Test
        void a_later_member_or_a_tie_with_a_greater_id_comes_after() {
            var cursor = new MemberCursor(SINCE, new UserId("m"));

            assertThat(cursor.isBefore(member(SINCE.plusNanos(1000), "a"))).isTrue();
            assertThat(cursor.isBefore(member(SINCE, "n"))).isTrue();
            assertThat(cursor.isBefore(member(SINCE, "m"))).isFalse();
            assertThat(cursor.isBefore(member(SINCE, "l"))).isFalse();
            assertThat(cursor.isBefore(member(SINCE.minusSeconds(1), "z"))).isFalse();
        }
    }
}
