package io.memberkit.application.port.in.member;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The input of {@link InviteMemberUseCase}. {@code expiresIn} overrides the configured delay for this invitation,
 * up to the configured maximum (refused beyond it, on {@code expires_in}).
 */
public record InviteMember(Actor actor, OrganizationId organization, Invitee invitee, MemberRole role,
                           Set<SubjectRef> assignments, String comment, Optional<Duration> expiresIn) {
    public InviteMember {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(invitee, "invitee");
        role = role == null ? MemberRole.EDITOR : role;
        assignments = assignments == null ? Set.of() : Set.copyOf(assignments);
        comment = Require.text(comment, "comment");
        expiresIn = Require.present(expiresIn, "expires_in");
    }

    /** With the configured delay. */
    public InviteMember(Actor actor, OrganizationId organization, Invitee invitee, MemberRole role,
                        Set<SubjectRef> assignments, String comment) {
        this(actor, organization, invitee, role, assignments, comment, Optional.empty());
    }
}
