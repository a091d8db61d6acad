package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * The body of POST /organizations/{org}/member/: exactly one of {@code user} (an id) and {@code email}; uData
 * refuses both, so the absent one is left out rather than sent as null.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UdataInvite(String user, String email, String role, String comment, List<UdataSubjectRef> assignments) {
}
