package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/**
 * uData's error body: {@code {"message": "..."}}, and for validation {@code "errors"}: field to a message string
 * (model validation) or to a list of messages (form validation).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataError(String message, Map<String, Object> errors) {
}
