package io.memberkit.application.port.in.member;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The input of {@link BulkInviteUseCase}: a list of users and/or email addresses, all invited with one role (and,
 * for partial editors, the same assignments). A refusal names a line by its position in {@code invitees}, from 1.
 */
public record BulkInvite(Actor actor, OrganizationId organization, List<Invitee> invitees, MemberRole role,
                         Set<SubjectRef> assignments, String comment, Optional<Duration> expiresIn) {
    /** As many as one page of members holds: a larger list is split by the caller. */
    public static final int MAX_LINES = 1000;

    public BulkInvite {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(invitees, "invitees");
        if (invitees.isEmpty()) {
            throw InvalidInput.of("invitees", "is required");
        }
        if (invitees.size() > MAX_LINES) {
            throw InvalidInput.of("invitees", "must hold at most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < invitees.size(); i++) {
            if (invitees.get(i) == null) {
                throw InvalidInput.of("invitees", "line " + (i + 1) + " is empty");
            }
        }
        invitees = List.copyOf(invitees);
        role = role == null ? MemberRole.EDITOR : role;
        assignments = assignments == null ? Set.of() : Set.copyOf(assignments);
        comment = Require.text(comment, "comment");
        expiresIn = Require.present(expiresIn, "expires_in");
    }
}
