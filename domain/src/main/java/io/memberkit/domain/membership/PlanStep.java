package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.UserId;
import java.util.Optional;
import java.util.Set;

/**
 * One change a membership plan makes. {@code line} is the desired list's line the step comes from; 0 for what the
 * list does not mention (a member it removes, an invitation it cancels).
 */
public sealed interface PlanStep {
    int line();

    /** Invites someone not yet a member; {@code replacing} is an invitation of theirs closed in the same step. */
    record Invite(int line, Invitee invitee, MemberRole role, Set<SubjectRef> assignments,
                  Optional<MembershipRequestId> replacing) implements PlanStep {
        public Invite {
            assignments = Set.copyOf(assignments);
        }
    }

    /** Someone who asked to join is accepted, with the listed role. */
    record AcceptRequest(int line, MembershipRequestId request, UserId user, MemberRole role,
                         Set<SubjectRef> assignments) implements PlanStep {
        public AcceptRequest {
            assignments = Set.copyOf(assignments);
        }
    }

    record ChangeRole(int line, UserId user, MemberRole from, MemberRole to) implements PlanStep {
    }

    /** A partial editor's assignments become {@code to}. */
    record ChangeAssignments(int line, UserId user, Set<SubjectRef> from, Set<SubjectRef> to) implements PlanStep {
        public ChangeAssignments {
            from = Set.copyOf(from);
            to = Set.copyOf(to);
        }
    }

    /** A member the list does not mention, under {@link RemovalPolicy#REMOVE_MISSING}. */
    record Remove(int line, UserId user, MemberRole role) implements PlanStep {
    }

    /** A pending invitation the list does not mention, under {@link RemovalPolicy#REMOVE_MISSING}. */
    record CancelInvitation(int line, MembershipRequestId invitation, Invitee invitee) implements PlanStep {
    }
}
