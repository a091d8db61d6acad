package io.memberkit.application.port.in.member;

import io.memberkit.domain.membership.MembershipPlan;

/**
 * An admin asks what it would take to bring the organization's members to a desired list: invitations (or the
 * acceptance of requests already made), role changes, assignment changes and, under {@code REMOVE_MISSING},
 * removals and canceled invitations; and which lines the rules refuse. Nothing is changed. A plan with refused
 * lines is refused as a whole: for instance a list that would leave no admin names the line that demotes the last
 * one. Apply it with {@link ApplyMembershipPlanUseCase}.
 */
public interface PlanMembershipUseCase {
    MembershipPlan plan(PlanMembership query);
}
