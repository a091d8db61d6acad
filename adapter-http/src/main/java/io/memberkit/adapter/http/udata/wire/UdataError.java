package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/**
 * uData's error body: {@code {"message": "..."}}, and for validation {@code "errors"}: field to a message string
 * (model validation) or to a list of messages (form validation). {@code rule} is memberkit's own server's: the
 * domain rule a 400 refuses on ({@code "LAST_ADMIN"}); uData never sends it. Absent fields are left out, as uData
 * writes only {@code message} for most statuses.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UdataError(String message, Map<String, Object> errors, String rule) {
    /** A body with a message only. */
    public static UdataError of(String message) {
        return new UdataError(message, null, null);
    }
}
