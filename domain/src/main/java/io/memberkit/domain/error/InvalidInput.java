package io.memberkit.domain.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Bad input, field by field, like uData's 400 body {@code {"errors": {"field": ["message"]}}}. */
public final class InvalidInput extends DomainException {
    private final Map<String, List<String>> errors;

    public InvalidInput(Map<String, List<String>> errors) {
        super(describe(errors));
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput names at least one field");
        }
        var copy = new LinkedHashMap<String, List<String>>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = Collections.unmodifiableMap(copy);
    }

    /** One field, one message. */
    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, List.of(message)));
    }

    /** Field name (uData's wire name, e.g. {@code business_number_id}) to its messages, in order. */
    public Map<String, List<String>> errors() {
        return errors;
    }

    /** The first field at fault. */
    public String field() {
        return errors.keySet().iterator().next();
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }

    private static String describe(Map<String, List<String>> errors) {
        if (errors == null) {
            return "invalid input";
        }
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join("; ", e.getValue()))
                .collect(Collectors.joining(", ", "invalid input: ", ""));
    }
}
