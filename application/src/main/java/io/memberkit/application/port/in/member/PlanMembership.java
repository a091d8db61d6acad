package io.memberkit.application.port.in.member;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.DesiredMember;
import io.memberkit.domain.membership.RemovalPolicy;
import java.util.HashSet;
import java.util.List;

/**
 * The input of {@link PlanMembershipUseCase}: the desired members of an organization, one line each, and what to
 * do with those the list does not mention. {@code policy} has no default: no forgotten option removes anyone.
 */
public record PlanMembership(Actor actor, OrganizationId organization, List<DesiredMember> lines,
                             RemovalPolicy policy) {
    public static final int MAX_LINES = 10_000;

    public PlanMembership {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(lines, "lines");
        Require.present(policy, "removal_policy");
        if (lines.size() > MAX_LINES) {
            throw InvalidInput.of("lines", "must hold at most " + MAX_LINES + " lines");
        }
        var numbers = new HashSet<Integer>();
        for (var line : lines) {
            if (line == null) {
                throw InvalidInput.of("lines", "a line is empty");
            }
            if (!numbers.add(line.line())) {
                throw InvalidInput.of("lines", "line number " + line.line() + " is used twice");
            }
        }
        lines = List.copyOf(lines);
    }
}
