package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.MembershipRequest;
import java.util.List;

/**
 * An admin invites a list of users and/or addresses at once. All or nothing: every line is checked first (the
 * same rules as one invitation, plus the organization's invitation rate limit for the whole list); if any line is
 * refused, nothing is invited and the refusal ({@code RuleBroken} with rule {@code LINES_REFUSED}) names each
 * refused line, who it is for and which rule or field refused it. Otherwise every invitation is written in one
 * unit of work and returned in the order of the lines.
 */
public interface BulkInviteUseCase {
    List<MembershipRequest> invite(BulkInvite command);
}
