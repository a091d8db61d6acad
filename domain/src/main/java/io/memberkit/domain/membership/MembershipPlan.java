package io.memberkit.domain.membership;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import java.util.List;

/**
 * What it takes to bring an organization's members to a desired list: the steps, in the list's order (then what
 * the list does not mention), and the lines the rules refuse. A plan with refusals is refused as a whole: none of
 * it may be applied. The desired list and removal policy are kept, so the plan can be made again and compared.
 */
public record MembershipPlan(OrganizationId organization, List<DesiredMember> desired, RemovalPolicy policy,
                             List<PlanStep> steps, List<LineRefusal> refusals) {
    public MembershipPlan {
        Require.present(organization, "organization");
        desired = List.copyOf(desired);
        Require.present(policy, "removal_policy");
        steps = List.copyOf(steps);
        refusals = List.copyOf(refusals);
    }

    /** Nothing to do and nothing refused: the organization already is as desired. */
    public boolean isEmpty() {
        return steps.isEmpty() && refusals.isEmpty();
    }

    public boolean isRefused() {
        return !refusals.isEmpty();
    }

    /** The same list, with nothing left to do: what a plan becomes once applied. */
    public MembershipPlan done() {
        return new MembershipPlan(organization, desired, policy, List.of(), List.of());
    }

    /** Refuses the whole plan when any line is refused, naming each. */
    public MembershipPlan requireApplicable() {
        if (isRefused()) {
            throw new RuleBroken(Rule.LINES_REFUSED, refusals.size() + " line(s) of the membership plan are refused,"
                    + " so none of it is applied: " + String.join("; ",
                    refusals.stream().map(LineRefusal::describe).toList()), refusals);
        }
        return this;
    }

    public <T extends PlanStep> List<T> steps(Class<T> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
