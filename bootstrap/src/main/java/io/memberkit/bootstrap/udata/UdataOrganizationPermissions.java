package io.memberkit.bootstrap.udata;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** uData's permission object on GET /organizations/{org}/, for the viewer. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataOrganizationPermissions(Boolean edit, Boolean delete, Boolean members, Boolean harvest,
                                           @JsonProperty("private") Boolean privateAccess) {
}
