package io.memberkit.adapter.http.awx.wire;

import io.micronaut.serde.annotation.Serdeable;

/** The body that takes a user out of an organization's {@code users/} or {@code admins/}: {@code {"id": N, "disassociate": true}}. */
@Serdeable
public record AwxDisassociation(long id, boolean disassociate) {
    public static AwxDisassociation of(long id) {
        return new AwxDisassociation(id, true);
    }
}
