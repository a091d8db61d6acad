package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A partial editor's assignment (GET /organizations/{org}/assignments/, PUT .../member/{user}/assignments/). */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataAssignment(String id, UdataUserRef user, UdataOrganizationRef organization, UdataSubjectRef subject,
                              String createdAt) {
}
