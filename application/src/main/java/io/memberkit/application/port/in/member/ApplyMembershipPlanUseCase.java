package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.MembershipPlan;

/**
 * Performs a membership plan exactly, in one unit of work, and returns what was done. The plan is made again
 * under the organization's lock first: if it is now empty (the plan was applied already), nothing changes and an
 * empty plan is returned, so applying twice is harmless; if it differs from the one given (the members changed
 * meanwhile), nothing is applied and the answer is a {@code Conflict}: plan again. A plan with refused lines is
 * refused as a whole ({@code RuleBroken} with rule {@code LINES_REFUSED}, naming each line).
 */
public interface ApplyMembershipPlanUseCase {
    MembershipPlan apply(ApplyMembershipPlan command);
}
