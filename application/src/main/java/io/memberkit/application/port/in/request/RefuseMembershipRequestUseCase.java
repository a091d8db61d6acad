package io.memberkit.application.port.in.request;

import io.memberkit.domain.membership.MembershipRequest;

/** An admin refuses a membership request, with a comment. */
public interface RefuseMembershipRequestUseCase {
    MembershipRequest refuse(RefuseMembershipRequest command);
}
