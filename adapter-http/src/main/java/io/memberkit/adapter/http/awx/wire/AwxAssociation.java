package io.memberkit.adapter.http.awx.wire;

import io.micronaut.serde.annotation.Serdeable;

/** The body that adds a user to an organization's {@code users/} or {@code admins/}: {@code {"id": N}}. */
@Serdeable
public record AwxAssociation(long id) {
}
