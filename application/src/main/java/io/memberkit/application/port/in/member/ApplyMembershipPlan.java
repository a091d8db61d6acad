package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MembershipPlan;

/** The input of {@link ApplyMembershipPlanUseCase}: a plan made by {@link PlanMembershipUseCase}. */
public record ApplyMembershipPlan(Actor actor, MembershipPlan plan) {
    public ApplyMembershipPlan {
        Require.present(actor, "actor");
        Require.present(plan, "plan");
    }
}
