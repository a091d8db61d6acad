package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.BackendFailure;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.util.Objects;

/**
 * JSON in and out with Micronaut Serialization. A body that cannot be read (malformed, truncated, of the wrong shape)
 * becomes {@link BackendFailure.BadAnswer} naming the endpoint and status; the parser's own exception is kept as
 * the cause only.
 */
public final class JsonCodec {
    private final ObjectMapper mapper;
    private final String provider;

    public JsonCodec(ObjectMapper mapper, String provider) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** The serde mapper Micronaut builds from the {@code @Serdeable} introspections on the class path. */
    public static JsonCodec standard(String provider) {
        return new JsonCodec(ObjectMapper.getDefault(), provider);
    }

    public byte[] encode(RemoteCall call, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot write the body of " + call.describe(), e);
        }
    }

    public <T> T decode(RemoteCall call, RemoteResponse response, Argument<T> type) {
        if (response.body().length == 0) {
            throw badAnswer(call, response, "the body is empty", null);
        }
        try {
            var value = mapper.readValue(response.body(), type);
            if (value == null) {
                throw badAnswer(call, response, "the body is null", null);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackendFailure failure) {
                throw failure;
            }
            throw badAnswer(call, response, "the body is not the expected JSON (malformed or truncated)", e);
        }
    }

    /** Decodes an error body, or empty when it is not that shape: an error body is a bonus, never required. */
    public <T> java.util.Optional<T> decodeQuietly(RemoteResponse response, Argument<T> type) {
        if (response.body().length == 0) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(mapper.readValue(response.body(), type));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public BackendFailure.BadAnswer badAnswer(RemoteCall call, RemoteResponse response, String what, Throwable cause) {
        return new BackendFailure.BadAnswer(provider + " sent an unreadable answer to " + call.describe()
                + " (status " + response.status() + "): " + what, cause);
    }
}
