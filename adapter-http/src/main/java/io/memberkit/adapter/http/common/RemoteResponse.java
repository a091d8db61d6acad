package io.memberkit.adapter.http.common;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * What a remote answered: status, raw body and the headers this client reads. The body stays bytes until a caller
 * decodes it, so a malformed body is reported against the endpoint that sent it.
 */
public record RemoteResponse(int status, byte[] body, Map<String, String> headers) {
    public RemoteResponse {
        body = body == null ? new byte[0] : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** 429 and 5xx: the remote may answer later. */
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }

    /** {@code Retry-After} as seconds or an HTTP date (RFC 9110), if present and readable. */
    public Optional<Duration> retryAfter() {
        var value = headers.get("retry-after");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                var wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
