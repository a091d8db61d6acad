package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** What happens to an organization's members, invitations, requests and assignments. */
public sealed interface MembershipEvent extends OrganizationEvent {

    private static String spell(MemberRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    record MemberInvited(UserId actor, Instant at, OrganizationId organization, MembershipRequestId invitation,
                         Invitee invitee, MemberRole role, Set<SubjectRef> assignments) implements MembershipEvent {
        @Override
        public String describe() {
            return "invited " + invitee + " as " + spell(role)
                    + (assignments.isEmpty() ? "" : " with " + assignments.size() + " assignment(s)");
        }
    }

    record InvitationAccepted(UserId actor, Instant at, OrganizationId organization, MembershipRequestId invitation,
                              MemberRole role, int assignmentsApplied, int assignmentsSkipped) implements MembershipEvent {
        @Override
        public String describe() {
            return actor + " accepted the invitation as " + spell(role)
                    + (assignmentsApplied + assignmentsSkipped == 0 ? ""
                    : " (" + assignmentsApplied + " assignment(s) applied, " + assignmentsSkipped + " skipped)");
        }
    }

    record InvitationRefused(UserId actor, Instant at, OrganizationId organization, MembershipRequestId invitation)
            implements MembershipEvent {
        @Override
        public String describe() {
            return actor + " refused the invitation";
        }
    }

    record InvitationCanceled(UserId actor, Instant at, OrganizationId organization, MembershipRequestId invitation,
                              Invitee invitee) implements MembershipEvent {
        @Override
        public String describe() {
            return "canceled the invitation of " + invitee;
        }
    }

    record MembershipRequested(UserId actor, Instant at, OrganizationId organization, MembershipRequestId request)
            implements MembershipEvent {
        @Override
        public String describe() {
            return actor + " asked to join";
        }
    }

    record MembershipRequestUpdated(UserId actor, Instant at, OrganizationId organization, MembershipRequestId request)
            implements MembershipEvent {
        @Override
        public String describe() {
            return actor + " updated their pending membership request";
        }
    }

    record MembershipRequestAccepted(UserId actor, Instant at, OrganizationId organization, MembershipRequestId request,
                                     UserId member, MemberRole role) implements MembershipEvent {
        @Override
        public String describe() {
            return "accepted the membership request of " + member + " as " + spell(role);
        }
    }

    record MembershipRequestRefused(UserId actor, Instant at, OrganizationId organization, MembershipRequestId request,
                                    UserId applicant) implements MembershipEvent {
        @Override
        public String describe() {
            return "refused the membership request of " + applicant;
        }
    }

    /** A member added without invitation: a new organization's creator, or an account an admin added directly. */
    record MemberAdded(UserId actor, Instant at, OrganizationId organization, UserId member, MemberRole role)
            implements MembershipEvent {
        @Override
        public String describe() {
            return "added " + member + " as " + spell(role);
        }
    }

    record MemberRoleChanged(UserId actor, Instant at, OrganizationId organization, UserId member, MemberRole from,
                             MemberRole to) implements MembershipEvent {
        @Override
        public String describe() {
            return "changed the role of " + member + " from " + spell(from) + " to " + spell(to)
                    + (from == MemberRole.PARTIAL_EDITOR ? " (assignments removed)" : "");
        }
    }

    record MemberRemoved(UserId actor, Instant at, OrganizationId organization, UserId member, MemberRole role)
            implements MembershipEvent {
        @Override
        public String describe() {
            return "removed " + member + " (" + spell(role) + ")";
        }
    }

    record AssignmentsSynced(UserId actor, Instant at, OrganizationId organization, UserId member,
                             Set<SubjectRef> added, Set<SubjectRef> removed) implements MembershipEvent {
        @Override
        public String describe() {
            return "synced the assignments of " + member + ": +" + added.size() + " -" + removed.size();
        }
    }
}
