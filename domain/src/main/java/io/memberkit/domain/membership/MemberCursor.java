package io.memberkit.domain.membership;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a member list read by cursor resumes: after the member who joined at {@code since}, ties broken by user id,
 * which is the list's order (oldest first). Callers see it as an opaque token ({@link #token()}); a store reads the
 * next page from its (organization, since, user) index directly, however deep the page is.
 */
public record MemberCursor(Instant since, UserId user) {
    private static final String VERSION = "m1:";

    public MemberCursor {
        Require.present(since, "after");
        Require.present(user, "after");
    }

    /** The cursor of the page that starts after {@code member}. */
    public static MemberCursor after(Member member) {
        return new MemberCursor(member.since(), member.user());
    }

    /** The token a caller hands back to read the next page. */
    public String token() {
        var plain = VERSION + since.getEpochSecond() + "." + since.getNano() + ":" + user.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for; anything else is refused, naming the field {@code after}. */
    public static MemberCursor parse(String token) {
        var value = Require.nonBlank(token, "after");
        try {
            var plain = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            if (!plain.startsWith(VERSION)) {
                throw notACursor();
            }
            var rest = plain.substring(VERSION.length());
            var colon = rest.indexOf(':');
            var dot = rest.indexOf('.');
            if (dot < 1 || colon < dot + 2) {
                throw notACursor();
            }
            var seconds = Long.parseLong(rest.substring(0, dot));
            var nanos = Integer.parseInt(rest.substring(dot + 1, colon));
            return new MemberCursor(Instant.ofEpochSecond(seconds, nanos), new UserId(rest.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw notACursor(); // not base64, not numbers, an instant out of range, a blank user
        }
    }

    /** True when {@code member} comes after this cursor in the list's order. */
    public boolean isBefore(Member member) {
        int bySince = member.since().compareTo(since);
        return bySince > 0 || (bySince == 0 && member.user().value().compareTo(user.value()) > 0);
    }

    private static InvalidInput notACursor() {
        return InvalidInput.of("after", "is not a cursor of this list");
    }
}
