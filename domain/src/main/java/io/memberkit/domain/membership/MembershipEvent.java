package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailDomain;
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

    /** An admin renewed a pending (possibly expired) invitation's delay and sent it again. */
    record InvitationResent(UserId actor, Instant at, OrganizationId organization, MembershipRequestId invitation,
                            Invitee invitee, Instant expiresAt) implements MembershipEvent {
        @Override
        public String describe() {
            return "resent the invitation of " + invitee + ", now expiring " + expiresAt;
        }
    }

    /**
     * An expired invitation was closed (stored as canceled) because a new invitation, or the invitee's own
     * membership request, took its place.
     */
    record InvitationReplaced(UserId actor, Instant at, OrganizationId organization, MembershipRequestId invitation,
                              MembershipRequestId replacement, Invitee invitee) implements MembershipEvent {
        @Override
        public String describe() {
            return "closed the expired invitation of " + invitee + ", replaced by " + replacement;
        }
    }

    /** An invitation sent to an address became its verified owner's: the invitee is now their account. */
    record EmailInvitationBound(UserId actor, Instant at, OrganizationId organization, MembershipRequestId invitation,
                                UserId user) implements MembershipEvent {
        @Override
        public String describe() {
            return "the invitation " + invitation + " sent by email is now " + user + "'s (address verified)";
        }
    }

    /**
     * A membership request accepted at once, without an admin: the applicant's verified address is on a verified
     * domain of the organization, so they joined with its default join role.
     */
    record MembershipRequestAutoAccepted(UserId actor, Instant at, OrganizationId organization,
                                         MembershipRequestId request, UserId member, MemberRole role,
                                         EmailDomain domain) implements MembershipEvent {
        @Override
        public String describe() {
            return member + " joined as " + spell(role) + " without waiting: their verified address is on " + domain
                    + ", a verified domain of the organization";
        }
    }

    /** A member left the organization of their own accord. */
    record MemberLeft(UserId actor, Instant at, OrganizationId organization, UserId member, MemberRole role)
            implements MembershipEvent {
        @Override
        public String describe() {
            return member + " (" + spell(role) + ") left the organization";
        }
    }

    record DomainDeclared(UserId actor, Instant at, OrganizationId organization, EmailDomain domain)
            implements MembershipEvent {
        @Override
        public String describe() {
            return "declared the email domain " + domain;
        }
    }

    record DomainRemoved(UserId actor, Instant at, OrganizationId organization, EmailDomain domain)
            implements MembershipEvent {
        @Override
        public String describe() {
            return "removed the email domain " + domain;
        }
    }

    record DomainVerified(UserId actor, Instant at, OrganizationId organization, EmailDomain domain)
            implements MembershipEvent {
        @Override
        public String describe() {
            return "marked the email domain " + domain + " verified";
        }
    }

    record DefaultJoinRoleChanged(UserId actor, Instant at, OrganizationId organization, MemberRole from,
                                  MemberRole to) implements MembershipEvent {
        @Override
        public String describe() {
            return "changed the role of people joining by a verified domain from " + spell(from) + " to " + spell(to);
        }
    }

    /** A desired-state membership plan was applied; each of its steps has its own event too. */
    record MembershipPlanApplied(UserId actor, Instant at, OrganizationId organization, int invitations,
                                 int acceptedRequests, int roleChanges, int assignmentChanges, int removals,
                                 int canceledInvitations) implements MembershipEvent {
        @Override
        public String describe() {
            return "applied a membership plan: " + invitations + " invitation(s), " + acceptedRequests
                    + " request(s) accepted, " + roleChanges + " role change(s), " + assignmentChanges
                    + " assignment change(s), " + removals + " removal(s), " + canceledInvitations
                    + " invitation(s) canceled";
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
