package io.memberkit.adapter.http.common;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one remote API: base URL, credential header, timeouts and retry bounds. Provider-neutral, so the
 * Isogeo and AWX adapters reuse {@link RestClient} with their own values. {@code toString} shows no secret.
 *
 * @param provider       the provider's name in messages ("udata")
 * @param baseUrl        e.g. {@code https://www.data.gouv.fr/api/1}, without a trailing slash
 * @param apiKeyHeader   the header that carries the key, e.g. {@code X-API-KEY}
 * @param apiKey         absent: anonymous calls
 * @param maxAttempts    attempts of an idempotent call (GET, PUT, DELETE), the first included; POST gets one
 * @param initialBackoff first delay between attempts, doubled each time up to {@code maxBackoff}, with jitter
 * @param maxRetryAfter  the longest {@code Retry-After} honoured; a remote asking for more is unavailable now
 */
public record RemoteSettings(String provider, URI baseUrl, String apiKeyHeader, Optional<Secret> apiKey,
                             Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
                             Duration maxBackoff, Duration maxRetryAfter) {
    public RemoteSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the base URL is http(s): " + baseUrl);
        }
        var text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        Objects.requireNonNull(apiKeyHeader, "apiKeyHeader");
        apiKey = apiKey == null ? Optional.empty() : apiKey;
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts is between 1 and 10");
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff >= initialBackoff");
        }
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " is a positive duration");
        }
    }
}
