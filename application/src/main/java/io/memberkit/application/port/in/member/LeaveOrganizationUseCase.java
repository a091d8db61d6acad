package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.Member;

/**
 * A member leaves an organization, their assignments with them; returns the membership that ended. The last
 * admin cannot ({@code LAST_ADMIN}, naming the organization): see {@link HandOverAndLeaveUseCase}.
 */
public interface LeaveOrganizationUseCase {
    Member leave(LeaveOrganization command);
}
