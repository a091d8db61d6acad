package io.memberkit.adapter.http.isogeo;

import io.memberkit.adapter.http.common.AuthorizationHeader;
import io.memberkit.adapter.http.common.RemoteSettings;
import io.memberkit.adapter.http.common.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Isogeo's API: base URL and an OAuth2 access token, sent as {@code Authorization: Bearer <token>} and
 * never shown by {@code toString}. Without a token every call answers 401 ({@code BackendFailure.Unauthenticated}).
 */
public record IsogeoConfiguration(URI baseUrl, Optional<Secret> token, Duration connectTimeout, Duration readTimeout,
                                  int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                                  Duration maxRetryAfter) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://v1.api.isogeo.com");
    public static final String PROVIDER = "isogeo";

    public IsogeoConfiguration {
        Objects.requireNonNull(baseUrl, "baseUrl");
        token = token == null ? Optional.empty() : token;
        new RemoteSettings(PROVIDER, baseUrl, AuthorizationHeader.NAME, Optional.empty(), connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
    }

    /** Isogeo's public API, no token yet, 5 s to connect, 30 s to answer, 3 attempts of an idempotent call. */
    public static IsogeoConfiguration defaults() {
        return new IsogeoConfiguration(DEFAULT_BASE_URL, Optional.empty(), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 3, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    public IsogeoConfiguration withBaseUrl(URI value) {
        return new IsogeoConfiguration(value, token, connectTimeout, readTimeout, maxAttempts, initialBackoff,
                maxBackoff, maxRetryAfter);
    }

    /** An access token; a blank one keeps the current token. */
    public IsogeoConfiguration withToken(String value) {
        var secret = Secret.ofNullable(value);
        return secret == null ? this : new IsogeoConfiguration(baseUrl, Optional.of(secret), connectTimeout,
                readTimeout, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
    }

    public IsogeoConfiguration withTimeouts(Duration connect, Duration read) {
        return new IsogeoConfiguration(baseUrl, token, connect, read, maxAttempts, initialBackoff, maxBackoff,
                maxRetryAfter);
    }

    public IsogeoConfiguration withRetries(int attempts, Duration initial, Duration max, Duration longestRetryAfter) {
        return new IsogeoConfiguration(baseUrl, token, connectTimeout, readTimeout, attempts, initial, max,
                longestRetryAfter);
    }

    RemoteSettings toSettings() {
        return new RemoteSettings(PROVIDER, baseUrl, AuthorizationHeader.NAME, token.map(AuthorizationHeader::bearer),
                connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
    }

    /** Everything an error message must never show: the token, and the header built from it. */
    List<Secret> secrets() {
        return token.map(t -> List.of(AuthorizationHeader.bearer(t), t)).orElse(List.of());
    }

    @Override
    public String toString() {
        return "IsogeoConfiguration[baseUrl=" + baseUrl + ", token=" + (token.isPresent() ? "[redacted]" : "none")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts="
                + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }
}
