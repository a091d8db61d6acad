package io.memberkit.application.port.in.request;

import io.memberkit.domain.membership.Member;

/**
 * An admin accepts a membership request: the applicant becomes an editor, or what the admin chose (partial editor
 * with assignments, or admin). Accepting twice is a conflict.
 */
public interface AcceptMembershipRequestUseCase {
    Member accept(AcceptMembershipRequest command);
}
