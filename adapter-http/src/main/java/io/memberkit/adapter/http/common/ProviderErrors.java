package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's refusals as memberkit's errors, the same way for every provider: 400 -> {@link InvalidInput} (field
 * by field when the body says which, else on the call's own field); 401 -> {@code BackendFailure.Unauthenticated};
 * 403 -> {@link Forbidden}; 404 -> {@link NotFound}; 409 -> {@link Conflict}; 410 -> {@link Gone}; any other 4xx ->
 * {@code BackendFailure.BadAnswer}. What differs is how a body is read ({@link BodyReader}): Isogeo's
 * {@code {"error"}}, AWX's {@code {"detail"}}. A body that is not the provider's JSON (a proxy's HTML page, plain
 * text) still gives a message ({@link ErrorText}), and every credential is scrubbed from every message.
 */
public final class ProviderErrors implements FailureTranslator {
    /** What an error body says: a message and, for a 400, messages per field. */
    public record ErrorBody(Optional<String> message, Map<String, List<String>> fields) {
        public static final ErrorBody NONE = new ErrorBody(Optional.empty(), Map.of());

        public ErrorBody {
            message = message == null ? Optional.empty() : message.filter(m -> !m.isBlank());
            fields = fields == null ? Map.of() : fields;
        }
    }

    /** Reads a provider's error body; never throws (an unreadable body is {@link ErrorBody#NONE}). */
    @FunctionalInterface
    public interface BodyReader {
        ErrorBody read(RemoteResponse response);
    }

    private final String provider;
    private final BodyReader reader;
    private final List<Secret> secrets;

    public ProviderErrors(String provider, BodyReader reader, List<Secret> secrets) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.secrets = List.copyOf(secrets);
    }

    @Override
    public RuntimeException translate(RemoteCall call, RemoteResponse response) {
        ErrorBody body;
        try {
            body = reader.read(response);
        } catch (RuntimeException unreadable) {
            body = ErrorBody.NONE;
        }
        var message = body.message().or(() -> ErrorText.of(response)).map(this::scrub);
        var where = call.describe();
        return switch (response.status()) {
            case 400 -> invalidInput(call, body, message);
            case 401 -> new BackendFailure.Unauthenticated(provider + " refused the credentials (401) for " + where
                    + message.map(m -> ": " + m).orElse(""));
            case 403 -> new Forbidden(message.orElse(provider + " refused " + where + " (403)"));
            case 404 -> new NotFound(message.orElse("Not found: " + where));
            case 409 -> new Conflict(message.orElse(provider + " reports a conflict for " + where));
            case 410 -> new Gone(message.orElse("Gone: " + where));
            default -> new BackendFailure.BadAnswer(provider + " answered " + response.status() + " to " + where
                    + ": unexpected status" + message.map(m -> " (" + m + ")").orElse(""), null);
        };
    }

    private InvalidInput invalidInput(RemoteCall call, ErrorBody body, Optional<String> message) {
        var fields = new LinkedHashMap<String, List<String>>();
        body.fields().forEach((field, messages) -> {
            var kept = messages == null ? List.<String>of()
                    : messages.stream().filter(m -> m != null && !m.isBlank()).map(this::scrub).toList();
            if (field != null && !kept.isEmpty()) {
                fields.put(field, kept);
            }
        });
        if (fields.isEmpty()) {
            fields.put(call.failureField(), List.of(message.orElse(provider + " refused the request (400)")));
        }
        return new InvalidInput(fields);
    }

    private String scrub(String text) {
        var out = text;
        for (var secret : secrets) {
            out = secret.scrub(out);
        }
        return out;
    }
}
