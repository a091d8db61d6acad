package io.memberkit.adapter.http.awx;

import io.memberkit.adapter.http.common.AuthorizationHeader;
import io.memberkit.adapter.http.common.Secret;
import java.util.List;
import java.util.Objects;

/**
 * How memberkit signs in to AWX: a token (personal access or OAuth2, {@code Authorization: Bearer}) or a user name
 * and password (HTTP basic, which AWX accepts unless an administrator turned it off). Nothing here shows a secret.
 */
public sealed interface AwxCredentials {
    /** The header value, a secret. */
    Secret header();

    /** Everything an error message must never show. */
    List<Secret> secrets();

    /**
     * {@code user:password} is basic authentication; anything else is a token (AWX's tokens have no colon).
     * Blank is null: no credentials.
     */
    static AwxCredentials parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        int colon = text.indexOf(':');
        return colon > 0 ? new Basic(text.substring(0, colon), Secret.of(text.substring(colon + 1)))
                : new Token(Secret.of(text));
    }

    /** A token, sent as {@code Authorization: Bearer <token>}. */
    record Token(Secret token) implements AwxCredentials {
        public Token {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public Secret header() {
            return AuthorizationHeader.bearer(token);
        }

        @Override
        public List<Secret> secrets() {
            return List.of(header(), token);
        }

        @Override
        public String toString() {
            return "Token[redacted]";
        }
    }

    /** A user name and password, sent as {@code Authorization: Basic base64(user:password)}. */
    record Basic(String user, Secret password) implements AwxCredentials {
        public Basic {
            Objects.requireNonNull(password, "password");
            AuthorizationHeader.basic(user, password);
        }

        @Override
        public Secret header() {
            return AuthorizationHeader.basic(user, password);
        }

        @Override
        public List<Secret> secrets() {
            return List.of(header(), password);
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", password=redacted]";
        }
    }
}
