package io.memberkit.adapter.http.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The values of an {@code Authorization} header (RFC 9110), built once and held as a {@link Secret}: a bearer token
 * (Isogeo, AWX personal or OAuth2 tokens) or HTTP basic credentials (AWX users). Micronaut's TRACE logging masks
 * headers whose name contains "auth", which the tests check.
 */
public final class AuthorizationHeader {
    public static final String NAME = "Authorization";

    private AuthorizationHeader() {
    }

    public static Secret bearer(Secret token) {
        return Secret.of("Bearer " + Objects.requireNonNull(token, "token").reveal());
    }

    /** {@code Basic base64(user:password)}; a user name cannot contain a colon (RFC 7617). */
    public static Secret basic(String user, Secret password) {
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("a basic-auth user name is not blank and has no colon");
        }
        var pair = user + ":" + Objects.requireNonNull(password, "password").reveal();
        return Secret.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
}
