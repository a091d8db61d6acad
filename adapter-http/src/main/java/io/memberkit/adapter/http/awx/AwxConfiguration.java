package io.memberkit.adapter.http.awx;

import io.memberkit.adapter.http.common.AuthorizationHeader;
import io.memberkit.adapter.http.common.RemoteSettings;
import io.memberkit.adapter.http.common.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an AWX (or Ansible Tower / Automation Controller) server: its root URL (the adapter adds
 * {@code /api/v2/...}; a URL given with {@code /api/v2} is taken back to the root), credentials, timeouts and
 * retries. Without credentials every call answers 401 ({@code BackendFailure.Unauthenticated}).
 *
 * @param pageSize the page size of the lists the adapter walks ({@code next} after {@code next}); AWX allows 200 at most
 */
public record AwxConfiguration(URI baseUrl, Optional<AwxCredentials> credentials, Duration connectTimeout,
                               Duration readTimeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                               Duration maxRetryAfter, int pageSize) {
    public static final String PROVIDER = "awx";
    /** AWX's {@code MAX_PAGE_SIZE} default: a larger {@code page_size} is cut to it. */
    public static final int MAX_PAGE_SIZE = 200;

    public AwxConfiguration {
        baseUrl = root(Objects.requireNonNull(baseUrl, "baseUrl"));
        credentials = credentials == null ? Optional.empty() : credentials;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize is between 1 and " + MAX_PAGE_SIZE);
        }
        new RemoteSettings(PROVIDER, baseUrl, AuthorizationHeader.NAME, Optional.empty(), connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
    }

    private static URI root(URI url) {
        var text = url.toString().replaceAll("/+$", "");
        return URI.create(text.endsWith("/api/v2") ? text.substring(0, text.length() - "/api/v2".length()) : text);
    }

    /** No credentials yet, 5 s to connect, 30 s to answer, 3 attempts of an idempotent call, pages of 200. */
    public static AwxConfiguration of(URI baseUrl) {
        return new AwxConfiguration(baseUrl, Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(30), 3,
                Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(30), MAX_PAGE_SIZE);
    }

    public AwxConfiguration withCredentials(AwxCredentials value) {
        return new AwxConfiguration(baseUrl, Optional.ofNullable(value), connectTimeout, readTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, pageSize);
    }

    /** A token, or {@code user:password} for basic authentication; blank keeps the current credentials. */
    public AwxConfiguration withCredentials(String value) {
        var parsed = AwxCredentials.parse(value);
        return parsed == null ? this : withCredentials(parsed);
    }

    public AwxConfiguration withToken(String token) {
        return withCredentials(new AwxCredentials.Token(Secret.of(token)));
    }

    public AwxConfiguration withBasic(String user, String password) {
        return withCredentials(new AwxCredentials.Basic(user, Secret.of(password)));
    }

    public AwxConfiguration withTimeouts(Duration connect, Duration read) {
        return new AwxConfiguration(baseUrl, credentials, connect, read, maxAttempts, initialBackoff, maxBackoff,
                maxRetryAfter, pageSize);
    }

    public AwxConfiguration withRetries(int attempts, Duration initial, Duration max, Duration longestRetryAfter) {
        return new AwxConfiguration(baseUrl, credentials, connectTimeout, readTimeout, attempts, initial, max,
                longestRetryAfter, pageSize);
    }

    public AwxConfiguration withPageSize(int value) {
        return new AwxConfiguration(baseUrl, credentials, connectTimeout, readTimeout, maxAttempts, initialBackoff,
                maxBackoff, maxRetryAfter, value);
    }

    RemoteSettings toSettings() {
        return new RemoteSettings(PROVIDER, baseUrl, AuthorizationHeader.NAME, credentials.map(AwxCredentials::header),
                connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
    }

    List<Secret> secrets() {
        return credentials.map(AwxCredentials::secrets).orElse(List.of());
    }

    @Override
    public String toString() {
        return "AwxConfiguration[baseUrl=" + baseUrl + ", credentials=" + credentials.map(Object::toString)
                .orElse("none") + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + ", pageSize=" + pageSize + "]";
    }
}
