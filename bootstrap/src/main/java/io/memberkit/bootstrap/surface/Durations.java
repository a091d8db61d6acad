package io.memberkit.bootstrap.surface;

import io.memberkit.domain.error.InvalidInput;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A delay as people write it: {@code 90m}, {@code 12h}, {@code 3d}, {@code 2w}, or ISO-8601 ({@code P3D}). */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([smhdw])");

    private Durations() {
    }

    public static Duration parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        var text = value.strip().toLowerCase(Locale.ROOT);
        var matcher = SHORT.matcher(text);
        Duration duration;
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(amount * 7);
            };
        } else {
            try {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw InvalidInput.of(field, "'" + value + "' is not a delay such as 3d, 12h, 90m or P3D");
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw InvalidInput.of(field, "must be a positive delay");
        }
        return duration;
    }

    /** A number of seconds (as the server also accepts). */
    public static Duration seconds(long seconds, String field) {
        if (seconds <= 0) {
            throw InvalidInput.of(field, "must be a positive number of seconds");
        }
        return Duration.ofSeconds(seconds);
    }
}
