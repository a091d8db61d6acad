package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.Assignment;
import java.util.List;

/** What accepting a request or invitation produces, written in one step: the handled request, the member, their assignments. */
public record Acceptance(MembershipRequest request, Member member, List<Assignment> assignments) {
    public Acceptance {
        assignments = List.copyOf(assignments);
    }
}
