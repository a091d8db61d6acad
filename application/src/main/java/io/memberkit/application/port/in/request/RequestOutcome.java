package io.memberkit.application.port.in.request;

import io.memberkit.domain.membership.MembershipRequest;

/** The request as it now stands, and whether it was created (uData 201) or an existing one updated (200). */
public record RequestOutcome(MembershipRequest request, boolean created) {
}
