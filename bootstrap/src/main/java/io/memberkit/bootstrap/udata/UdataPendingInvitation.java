package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** An item of GET /me/org_invitations/: a pending invitation addressed to the signed-in user. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataPendingInvitation(String id, UdataOrganizationRef organization, String role, String comment,
                                     String created, List<UdataSubjectRef> assignments) {
}
