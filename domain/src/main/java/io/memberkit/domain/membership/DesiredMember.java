package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.error.InvalidInput;
import java.util.Set;

/**
 * One line of a desired-state membership list: who (a user id or an email), with which role, and for a partial
 * editor which objects. {@code line} numbers the line from 1, so that a refusal names it.
 */
public record DesiredMember(int line, Invitee who, MemberRole role, Set<SubjectRef> assignments) {
    public DesiredMember {
        if (line < 1) {
            throw InvalidInput.of("line", "lines are numbered from 1");
        }
        Require.present(who, "invitee");
        Require.present(role, "role");
        assignments = assignments == null ? Set.of() : Set.copyOf(assignments);
    }
}
