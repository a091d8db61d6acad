package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** A membership request or an invitation; {@code user} null for an invitation by email, which has {@code email}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataMembershipRequest(String id, UdataUserRef user, String email, String kind, String created,
                                     String status, String role, String comment, List<UdataSubjectRef> assignments,
                                     UdataUserRef createdBy, String handledOn, UdataUserRef handledBy,
                                     String refusalComment) {
}
