package io.memberkit.adapter.http.isogeo.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Isogeo's error body, {@code {"error": "..."}}, as its SDK reads it; OAuth2 refusals add
 * {@code error_description}. Some answers are not JSON at all (a proxy's HTML page).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record IsogeoError(String error, @JsonProperty("error_description") String errorDescription,
                          String message) {
}
