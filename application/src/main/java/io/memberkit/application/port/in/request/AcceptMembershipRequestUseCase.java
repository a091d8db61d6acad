package io.memberkit.application.port.in.request;

import io.memberkit.domain.membership.Member;

/** An admin accepts a membership request: the applicant becomes an editor. Accepting twice is a conflict. */
public interface AcceptMembershipRequestUseCase {
    Member accept(AcceptMembershipRequest command);
}
