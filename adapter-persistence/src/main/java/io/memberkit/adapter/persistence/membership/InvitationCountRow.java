package io.memberkit.adapter.persistence.membership;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** How many invitations an organization created in a window, and the oldest's creation time (null for none). */
@Introspected
public record InvitationCountRow(long invitations, @Nullable Instant oldest) {
}
