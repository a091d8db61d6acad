package io.memberkit.application.port.in.request;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequestId;
import java.util.Set;

/**
 * The input of {@link AcceptMembershipRequestUseCase}. The admin chooses the role: editor unless said otherwise,
 * partial editor with assignments on the organization's objects, or admin. (uData always makes the applicant an
 * editor; its wire format has no role on this endpoint, so the remote path keeps that.)
 */
public record AcceptMembershipRequest(Actor actor, OrganizationId organization, MembershipRequestId request,
                                      MemberRole role, Set<SubjectRef> assignments) {
    public AcceptMembershipRequest {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(request, "id");
        role = role == null ? MemberRole.EDITOR : role;
        assignments = assignments == null ? Set.of() : Set.copyOf(assignments);
    }

    /** As an editor, as uData does. */
    public AcceptMembershipRequest(Actor actor, OrganizationId organization, MembershipRequestId request) {
        this(actor, organization, request, MemberRole.EDITOR, Set.of());
    }
}
