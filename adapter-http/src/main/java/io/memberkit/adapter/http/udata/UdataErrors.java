package io.memberkit.adapter.http.udata;

import io.memberkit.adapter.http.common.FailureTranslator;
import io.memberkit.adapter.http.common.JsonCodec;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.common.RemoteResponse;
import io.memberkit.adapter.http.common.Secret;
import io.memberkit.adapter.http.udata.wire.UdataError;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.micronaut.core.type.Argument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * uData's refusals as memberkit's errors (see behaviour-cases.md, "Error body formats"):
 * <ul>
 *   <li>400 -> {@link InvalidInput}: {@code errors} field by field, a field's messages being a string (model
 *       validation) or a list (form validation). A 400 with only a {@code message} ("Use the cancel endpoint for
 *       invitations", "User is already a member") is reported on the call's own field: the operation's
 *       ({@code comment}, {@code assignments}, {@code invitation}...) or {@code request} by default;</li>
 *   <li>401 -> {@code BackendFailure.Unauthenticated}; 403 -> {@link Forbidden}; 404 -> {@link NotFound};
 *       409 -> {@link Conflict}; 410 -> {@link Gone}; 423 -> {@code BackendFailure.ReadOnly};</li>
 *   <li>a 400 naming a {@code rule} memberkit knows -> {@link RuleBroken} with that rule: memberkit's own server
 *       says which domain rule refused (uData never does), so a rule reads the same online as offline;</li>
 *   <li>any other 4xx -> {@code BackendFailure.BadAnswer}.</li>
 * </ul>
 * Messages are uData's own words when it sent some, with the API key scrubbed out should it ever appear there.
 */
final class UdataErrors implements FailureTranslator {
    private static final Argument<UdataError> ERROR = Argument.of(UdataError.class);
    private final JsonCodec json;
    private final Optional<Secret> apiKey;

    UdataErrors(JsonCodec json, Optional<Secret> apiKey) {
        this.json = json;
        this.apiKey = apiKey;
    }

    @Override
    public RuntimeException translate(RemoteCall call, RemoteResponse response) {
        var error = json.decodeQuietly(response, ERROR);
        var message = error.map(UdataError::message).filter(m -> !m.isBlank()).map(this::scrub);
        var where = call.describe();
        return switch (response.status()) {
            case 400 -> ruleBroken(error, message).map(RuntimeException.class::cast)
                    .orElseGet(() -> invalidInput(call, error, message));
            case 401 -> new BackendFailure.Unauthenticated("udata refused the credentials (401) for " + where
                    + message.map(m -> ": " + m).orElse(""));
            case 403 -> new Forbidden(message.orElse("udata refused " + where + " (403)"));
            case 404 -> new NotFound(message.orElse("Not found: " + where));
            case 409 -> new Conflict(message.orElse("udata reports a conflict for " + where));
            case 410 -> new Gone(message.orElse("Gone: " + where));
            case 423 -> new BackendFailure.ReadOnly("udata is in read-only mode (423) for " + where
                    + message.map(m -> ": " + m).orElse(""));
            default -> json.badAnswer(call, response, "unexpected status", null);
        };
    }

    private Optional<RuleBroken> ruleBroken(Optional<UdataError> error, Optional<String> message) {
        return error.map(UdataError::rule).flatMap(UdataErrors::rule)
                .map(rule -> new RuleBroken(rule, message.orElse(rule.name())));
    }

    private static Optional<Rule> rule(String name) {
        return Arrays.stream(Rule.values()).filter(r -> r.name().equals(name)).findFirst();
    }

    private InvalidInput invalidInput(RemoteCall call, Optional<UdataError> error, Optional<String> message) {
        var fields = new LinkedHashMap<String, List<String>>();
        error.map(UdataError::errors).orElse(Map.of()).forEach((field, value) -> {
            var messages = messages(value);
            if (field != null && !messages.isEmpty()) {
                fields.put(field, messages);
            }
        });
        if (fields.isEmpty()) {
            fields.put(call.failureField(), List.of(message.orElse("udata refused the request (400)")));
        }
        return new InvalidInput(fields);
    }

    private List<String> messages(Object value) {
        var out = new ArrayList<String>();
        if (value instanceof Iterable<?> many) {
            many.forEach(item -> out.addAll(messages(item)));
        } else if (value instanceof Map<?, ?> nested) {
            nested.forEach((key, item) -> messages(item).forEach(m -> out.add(key + ": " + m)));
        } else if (value != null && !value.toString().isBlank()) {
            out.add(scrub(value.toString()));
        }
        return out;
    }

    private String scrub(String text) {
        return apiKey.map(key -> key.scrub(text)).orElse(text);
    }
}
