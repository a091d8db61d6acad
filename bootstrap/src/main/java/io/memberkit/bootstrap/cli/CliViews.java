package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataSubjectRef;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** JSON shapes of answers uData has no payload for (the audit trail, API keys, may-edit…), in its snake_case. */
final class CliViews {
    private CliViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record MyOrganization(UdataOrganizationRef organization, String role, String since) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record AuditEntry(long sequence, String at, String actor, String organization, String type, String description) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ApiKey(String id, String name, String prefix, String created, String revoked) {
    }

    /** The one answer that shows a token: the key just created. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record CreatedApiKey(String id, String name, String prefix, String created, String token) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Subject(UdataSubjectRef subject, String organization) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Removed(String organization, String user, String role) {
    }
}
