package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * The body of POST /users/ and PUT /users/{id}/ (site admins). uData patches only the keys sent, so every field is
 * sent, nulls included: a null {@code about} or {@code website} clears it. {@code email} is left out when memberkit
 * only knows a masked one.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UdataUserWrite(String firstName, String lastName,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String email, String about, String website,
                             List<String> roles, Boolean active) {
}
