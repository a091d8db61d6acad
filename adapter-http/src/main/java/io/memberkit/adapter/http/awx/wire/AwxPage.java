package io.memberkit.adapter.http.awx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * AWX's list envelope {@code {count, next, previous, results}}: {@code next} is the link to the next page
 * ({@code /api/v2/users/?page=2}), null on the last one. {@code GET /api/v2/me/} answers in it too, with one result.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwxPage<T>(Long count, String next, String previous, List<T> results) {
}
