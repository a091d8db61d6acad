package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** uData's permission object on GET /organizations/{org}/, for the viewer. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataOrganizationPermissions(Boolean edit, Boolean delete, Boolean members, Boolean harvest,
                                           @JsonProperty("private") Boolean privateAccess) {
}
