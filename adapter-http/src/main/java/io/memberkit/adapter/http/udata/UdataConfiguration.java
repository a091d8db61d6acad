package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.RemoteSettings;
import io.memberkit.adapter.http.common.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a uData instance. The API key comes from the configuration or, when none is given, from the
 * environment variable {@value #API_KEY_VARIABLE}; it is held as a {@link Secret}, so {@code toString} never shows
 * it. Without a key the adapter reads anonymously (writes then answer 401, reported as
 * {@code BackendFailure.Unauthenticated}).
 *
 * @param maxAttempts    attempts of an idempotent call, the first included
 * @param maxRetryAfter  the longest {@code Retry-After} the adapter waits for
 */
public record UdataConfiguration(URI baseUrl, Optional<Secret> apiKey, Duration connectTimeout, Duration readTimeout,
                                 int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                                 Duration maxRetryAfter) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.data.gouv.fr/api/1");
    public static final String API_KEY_VARIABLE = "MEMBERKIT_API_KEY";
    public static final String API_KEY_HEADER = "X-API-KEY";
    public static final String PROVIDER = "udata";

    public UdataConfiguration {
        Objects.requireNonNull(baseUrl, "baseUrl");
        apiKey = apiKey == null ? Optional.empty() : apiKey;
        // validated with the rest of the settings
        new RemoteSettings(PROVIDER, baseUrl, API_KEY_HEADER, apiKey, connectTimeout, readTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter);
    }

    /** data.gouv.fr, the key from {@value #API_KEY_VARIABLE} if set, 5 s to connect, 30 s to answer, 3 attempts. */
    public static UdataConfiguration defaults() {
        return fromEnvironment(System.getenv());
    }

    public static UdataConfiguration fromEnvironment(Map<String, String> environment) {
        return new UdataConfiguration(DEFAULT_BASE_URL,
                Optional.ofNullable(Secret.ofNullable(environment.get(API_KEY_VARIABLE))), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 3, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    public UdataConfiguration withBaseUrl(URI value) {
        return new UdataConfiguration(value, apiKey, connectTimeout, readTimeout, maxAttempts, initialBackoff,
                maxBackoff, maxRetryAfter);
    }

    /** A key from configuration; a blank one keeps the current key (the environment's, if any). */
    public UdataConfiguration withApiKey(String value) {
        var key = Secret.ofNullable(value);
        return key == null ? this : new UdataConfiguration(baseUrl, Optional.of(key), connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
    }

    /** Anonymous: no key at all, not even the environment's. */
    public UdataConfiguration withoutApiKey() {
        return new UdataConfiguration(baseUrl, Optional.empty(), connectTimeout, readTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter);
    }

    public UdataConfiguration withTimeouts(Duration connect, Duration read) {
        return new UdataConfiguration(baseUrl, apiKey, connect, read, maxAttempts, initialBackoff, maxBackoff,
                maxRetryAfter);
    }

    public UdataConfiguration withRetries(int attempts, Duration initial, Duration max, Duration longestRetryAfter) {
        return new UdataConfiguration(baseUrl, apiKey, connectTimeout, readTimeout, attempts, initial, max,
                longestRetryAfter);
    }

    RemoteSettings toSettings() {
        return new RemoteSettings(PROVIDER, baseUrl, API_KEY_HEADER, apiKey, connectTimeout, readTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter);
    }

    @Override
    public String toString() {
        return "UdataConfiguration[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isPresent() ? "[redacted]" : "none")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts="
                + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }
}
