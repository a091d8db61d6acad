package io.memberkit.application.port.out;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequestId;
import java.util.Set;

/**
 * A write accepted locally on a mirrored organization, waiting in the outbox to be replayed on its remote. Each
 * variant names what happened, as the repositories' writes do, in local ids.
 */
public sealed interface PendingWrite {
    OrganizationId organization();

    /** A member's role changed. */
    record ChangeRole(OrganizationId organization, UserId user, MemberRole role) implements PendingWrite {
        public ChangeRole {
            Require.present(organization, "organization");
            Require.present(user, "user");
            Require.present(role, "role");
        }
    }

    /** A member was removed (or left). */
    record RemoveMember(OrganizationId organization, UserId user) implements PendingWrite {
        public RemoveMember {
            Require.present(organization, "organization");
            Require.present(user, "user");
        }
    }

    /** Someone was invited; {@code invitation} is the local invitation's id. */
    record Invite(OrganizationId organization, MembershipRequestId invitation, Invitee invitee, MemberRole role,
                  Set<SubjectRef> assignments) implements PendingWrite {
        public Invite {
            Require.present(organization, "organization");
            Require.present(invitation, "invitation");
            Require.present(invitee, "invitee");
            Require.present(role, "role");
            assignments = assignments == null ? Set.of() : Set.copyOf(assignments);
        }
    }

    /** A pending invitation was canceled. */
    record CancelInvitation(OrganizationId organization, MembershipRequestId invitation) implements PendingWrite {
        public CancelInvitation {
            Require.present(organization, "organization");
            Require.present(invitation, "invitation");
        }
    }

    /** A membership request was accepted with {@code role}. */
    record AcceptRequest(OrganizationId organization, MembershipRequestId request, MemberRole role)
            implements PendingWrite {
        public AcceptRequest {
            Require.present(organization, "organization");
            Require.present(request, "request");
            Require.present(role, "role");
        }
    }

    /** A membership request was refused. */
    record RefuseRequest(OrganizationId organization, MembershipRequestId request) implements PendingWrite {
        public RefuseRequest {
            Require.present(organization, "organization");
            Require.present(request, "request");
        }
    }

    /** A partial editor's assignments changed: these objects were added and those removed. */
    record ChangeAssignments(OrganizationId organization, UserId user, Set<SubjectRef> added,
                             Set<SubjectRef> removed) implements PendingWrite {
        public ChangeAssignments {
            Require.present(organization, "organization");
            Require.present(user, "user");
            added = added == null ? Set.of() : Set.copyOf(added);
            removed = removed == null ? Set.of() : Set.copyOf(removed);
        }
    }

    /**
     * A write the remote has no matching call for ({@code what} is the event, e.g. {@code DomainDeclared}): kept so
     * that push reports it as a conflict instead of dropping it.
     */
    record Unsupported(OrganizationId organization, String what) implements PendingWrite {
        public Unsupported {
            Require.present(organization, "organization");
            what = Require.nonBlank(what, "what");
        }
    }
}
