package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The body of PUT /me/: the owner's profile (uData ignores roles and active there, so they are not sent). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UdataProfileWrite(String firstName, String lastName,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String email, String about,
                                String website) {
}
