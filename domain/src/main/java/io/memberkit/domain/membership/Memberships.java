package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of membership: invitations, membership requests, roles, removal and assignments. Each method takes
 * the facts it needs (loaded by the caller) and returns the new state with its event, or refuses with a named
 * error. Who may act is decided before, by {@code permission.Permissions}.
 */
public final class Memberships {
    /** uData's default: invitations run for a week unless configured otherwise. */
    public static final Duration DEFAULT_INVITATION_TTL = Duration.ofDays(7);

    private Memberships() {
    }

    /** The facts an invitation is checked against. */
    public record InviteeFacts(boolean alreadyMember, Optional<MembershipRequest> pending) {
    }

    /**
     * The delay of one invitation: the one asked for ({@code expires_in}), else the configured default; never more
     * than the configured maximum, never zero or less.
     */
    public static Duration invitationTtl(Optional<Duration> requested, Duration defaultTtl, Duration maxTtl) {
        var ttl = requested.orElse(defaultTtl);
        if (ttl.isNegative() || ttl.isZero()) {
            throw InvalidInput.of("expires_in", "must be positive");
        }
        if (ttl.compareTo(maxTtl) > 0) {
            throw InvalidInput.of("expires_in", "must be at most " + maxTtl.toDays() + " days");
        }
        return ttl;
    }

    /**
     * Invites a user or an email. Refused if the invitee is already a member or already has a pending request or
     * invitation; assignments only with the partial_editor role and only on objects of the organization.
     * An invitation whose delay ran out does not stand in the way: the caller closes it with
     * {@link #replaceExpired} in the same unit of work, so the invitee never has two pending invitations.
     */
    public static Change<MembershipRequest> invite(MembershipRequestId id, Organization organization, UserId inviter,
                                                   Invitee invitee, MemberRole role, Set<SubjectRef> assignments,
                                                   String comment, InviteeFacts facts,
                                                   Function<SubjectRef, Optional<Subject>> subjects, Instant now,
                                                   Duration ttl) {
        organization.requireNotDeleted();
        if (facts.alreadyMember()) {
            throw new RuleBroken(Rule.ALREADY_MEMBER, "User is already a member");
        }
        if (facts.pending().filter(p -> !p.isExpired(now)).isPresent()) {
            throw new RuleBroken(Rule.PENDING_REQUEST_EXISTS,
                    "A pending invitation or membership request already exists for " + invitee);
        }
        requireAssignable(organization.id(), role, assignments, subjects);
        if (ttl.isNegative() || ttl.isZero()) {
            throw InvalidInput.of("expires_in", "must be positive");
        }
        var invitation = new MembershipRequest(id, organization.id(), RequestKind.INVITATION, RequestStatus.PENDING,
                invitee, role, comment, assignments, now, inviter, null, null, null, now.plus(ttl));
        return Change.of(invitation, new MembershipEvent.MemberInvited(inviter, now, organization.id(), id, invitee,
                role, invitation.assignments()));
    }

    /**
     * The invitee accepts: they become a member with the invitation's role and assignments, in one step. Subjects
     * that vanished or moved to another organization meanwhile are skipped.
     */
    public static Change<Acceptance> acceptInvitation(MembershipRequest invitation, User invitee, boolean alreadyMember,
                                                      Function<SubjectRef, Optional<Subject>> subjects, Instant now) {
        requireOwnPendingInvitation(invitation, invitee, now);
        if (alreadyMember) {
            throw new RuleBroken(Rule.ALREADY_MEMBER, "User is already a member");
        }
        var organization = invitation.organization();
        var applied = new ArrayList<Assignment>();
        if (invitation.role() == MemberRole.PARTIAL_EDITOR) {
            for (var ref : invitation.assignments()) {
                if (ownedBy(organization, ref, subjects)) {
                    applied.add(new Assignment(organization, invitee.id(), ref, now));
                }
            }
        }
        var accepted = invitation.handled(RequestStatus.ACCEPTED, invitee.id(), now, null, new Invitee.Known(invitee.id()));
        var member = new Member(organization, invitee.id(), invitation.role(), now);
        return Change.of(new Acceptance(accepted, member, applied), new MembershipEvent.InvitationAccepted(invitee.id(),
                now, organization, invitation.id(), invitation.role(), applied.size(),
                invitation.assignments().size() - applied.size()));
    }

    /** The invitee refuses: the invitation is closed, nobody becomes a member. */
    public static Change<MembershipRequest> refuseInvitation(MembershipRequest invitation, User invitee, Instant now) {
        requireOwnPendingInvitation(invitation, invitee, now);
        var refused = invitation.handled(RequestStatus.REFUSED, invitee.id(), now, null, invitation.invitee());
        return Change.of(refused, new MembershipEvent.InvitationRefused(invitee.id(), now, invitation.organization(),
                invitation.id()));
    }

    /** An admin withdraws a pending invitation (expired ones included: they are still pending). */
    public static Change<MembershipRequest> cancelInvitation(MembershipRequest invitation, UserId admin, Instant now) {
        if (!invitation.isInvitation()) {
            throw new RuleBroken(Rule.ONLY_INVITATIONS_CAN_BE_CANCELED, "Only invitations can be canceled");
        }
        if (!invitation.isOpen()) {
            throw new RuleBroken(Rule.NOT_PENDING, "Only pending invitations can be canceled");
        }
        var canceled = invitation.handled(RequestStatus.CANCELED, admin, now, null, invitation.invitee());
        return Change.of(canceled, new MembershipEvent.InvitationCanceled(admin, now, invitation.organization(),
                invitation.id(), invitation.invitee()));
    }

    /**
     * An admin sends a pending invitation again, expired or not: its delay starts over from now. A handled
     * invitation (accepted, refused, canceled) stays handled: invite again instead.
     */
    public static Change<MembershipRequest> resend(MembershipRequest invitation, UserId admin, Duration ttl,
                                                   Instant now) {
        if (!invitation.isInvitation()) {
            throw new RuleBroken(Rule.NOT_AN_INVITATION, "Only invitations can be resent");
        }
        if (!invitation.isOpen()) {
            throw new RuleBroken(Rule.NOT_PENDING, "Only pending invitations can be resent");
        }
        var renewed = invitation.withExpiry(now.plus(ttl));
        return Change.of(renewed, new MembershipEvent.InvitationResent(admin, now, invitation.organization(),
                invitation.id(), invitation.invitee(), renewed.expiresAt()));
    }

    /**
     * Closes an expired invitation because {@code replacement} (a new invitation, or the invitee's own membership
     * request) takes its place. It is stored as canceled; the event says why.
     */
    public static Change<MembershipRequest> replaceExpired(MembershipRequest expired, UserId actor,
                                                           MembershipRequestId replacement, Instant now) {
        if (!expired.isInvitation() || !expired.isOpen() || !expired.isExpired(now)) {
            throw new RuleBroken(Rule.PENDING_REQUEST_EXISTS, "Only an expired invitation is replaced");
        }
        var closed = expired.handled(RequestStatus.CANCELED, actor, now, null, expired.invitee());
        return Change.of(closed, new MembershipEvent.InvitationReplaced(actor, now, expired.organization(),
                expired.id(), replacement, expired.invitee()));
    }

    /**
     * An invitation sent to an address becomes the account's once the account's owner verified that address: its
     * invitee is then the account, so it is found, accepted and counted like any invitation of a known user.
     */
    public static Change<MembershipRequest> bindToVerifiedOwner(MembershipRequest invitation, User owner,
                                                                UserId actor, Instant now) {
        if (!invitation.isInvitation() || !invitation.isOpen()) {
            throw new RuleBroken(Rule.NOT_PENDING, "Only pending invitations are bound to an account");
        }
        if (!invitation.isForEmailOf(owner) || !owner.emailVerified()) {
            throw new RuleBroken(Rule.EMAIL_NOT_VERIFIED,
                    "An invitation sent to an address becomes an account's only once that address is verified");
        }
        return Change.of(invitation.withInvitee(new Invitee.Known(owner.id())),
                new MembershipEvent.EmailInvitationBound(actor, now, invitation.organization(), invitation.id(),
                        owner.id()));
    }

    /**
     * A user asks to join. A comment is required; a second request while one is pending replaces its comment
     * instead of adding a request. An expired invitation does not stand in the way: the caller closes it with
     * {@link #replaceExpired}.
     */
    public static Change<MembershipRequest> request(MembershipRequestId id, Organization organization, UserId applicant,
                                                    String comment, InviteeFacts facts, Instant now) {
        organization.requireNotDeleted();
        if (comment == null || comment.isBlank()) {
            throw InvalidInput.of("comment", "Comment is required");
        }
        if (facts.alreadyMember()) {
            throw new RuleBroken(Rule.ALREADY_MEMBER, "User is already a member");
        }
        var open = facts.pending().filter(p -> !p.isExpired(now));
        if (open.isPresent()) {
            var pending = open.get();
            if (pending.isInvitation()) {
                throw new RuleBroken(Rule.PENDING_REQUEST_EXISTS,
                        "You have a pending invitation to this organization: accept it instead");
            }
            return Change.of(pending.withComment(comment), new MembershipEvent.MembershipRequestUpdated(applicant, now,
                    organization.id(), pending.id()));
        }
        var request = new MembershipRequest(id, organization.id(), RequestKind.REQUEST, RequestStatus.PENDING,
                new Invitee.Known(applicant), MemberRole.EDITOR, comment, Set.of(), now, applicant, null, null, null,
                null);
        return Change.of(request, new MembershipEvent.MembershipRequested(applicant, now, organization.id(), id));
    }

    /** An admin accepts a membership request: the applicant becomes an editor, as in uData. Accepting twice is a conflict. */
    public static Change<Acceptance> acceptRequest(MembershipRequest request, UserId admin, boolean alreadyMember,
                                                   Instant now) {
        return acceptRequest(request, admin, alreadyMember, MemberRole.EDITOR, Set.of(), ref -> Optional.empty(), now);
    }

    /**
     * An admin accepts a membership request and chooses the role: editor (uData's only choice), partial editor with
     * assignments on the organization's objects, or admin. Accepting twice is a conflict.
     */
    public static Change<Acceptance> acceptRequest(MembershipRequest request, UserId admin, boolean alreadyMember,
                                                   MemberRole role, Set<SubjectRef> assignments,
                                                   Function<SubjectRef, Optional<Subject>> subjects, Instant now) {
        requireRequestPath(request);
        if (request.status() == RequestStatus.ACCEPTED) {
            throw new Conflict("This membership request was already accepted");
        }
        if (!request.isPending()) {
            throw new RuleBroken(Rule.NOT_PENDING, "This membership request is " + request.status().name().toLowerCase());
        }
        if (alreadyMember) {
            throw new Conflict("User is already a member");
        }
        requireAssignable(request.organization(), role, assignments, subjects);
        var applicant = request.user().orElseThrow();
        var member = new Member(request.organization(), applicant, role, now);
        var accepted = request.handled(RequestStatus.ACCEPTED, admin, now, null, request.invitee());
        var applied = assignments.stream().map(ref -> new Assignment(request.organization(), applicant, ref, now))
                .toList();
        return Change.of(new Acceptance(accepted, member, applied), new MembershipEvent.MembershipRequestAccepted(
                admin, now, request.organization(), request.id(), applicant, member.role()));
    }

    /** An admin refuses a membership request, saying why. */
    public static Change<MembershipRequest> refuseRequest(MembershipRequest request, UserId admin, String comment,
                                                          Instant now) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInput.of("comment", "Comment is required");
        }
        requireRequestPath(request);
        if (!request.isPending()) {
            throw new RuleBroken(Rule.NOT_PENDING, "This membership request is " + request.status().name().toLowerCase());
        }
        var refused = request.handled(RequestStatus.REFUSED, admin, now, comment, request.invitee());
        return Change.of(refused, new MembershipEvent.MembershipRequestRefused(admin, now, request.organization(),
                request.id(), request.user().orElseThrow()));
    }

    /**
     * An admin adds an existing, usable account directly, with no invitation for them to accept: how backends whose
     * members are managed by admins work (AWX, a platform's own directory). Refused if the account is deleted or
     * inactive ({@code Gone}) or already a member. A partial editor added this way starts with nothing assigned.
     */
    public static Change<Member> add(Organization organization, UserId admin, User user, MemberRole role,
                                     boolean alreadyMember, Instant now) {
        organization.requireNotDeleted();
        user.requireUsable();
        if (alreadyMember) {
            throw new RuleBroken(Rule.ALREADY_MEMBER, "User is already a member");
        }
        var member = new Member(organization.id(), user.id(), role, now);
        return Change.of(member, new MembershipEvent.MemberAdded(admin, now, organization.id(), user.id(), role));
    }

    /** The creator of an organization is its first admin. */
    public static Change<Member> founder(OrganizationId organization, UserId creator, Instant now) {
        var member = new Member(organization, creator, MemberRole.ADMIN, now);
        return Change.of(member, new MembershipEvent.MemberAdded(creator, now, organization, creator, MemberRole.ADMIN));
    }

    /**
     * Changes a member's role. Stricter than uData: the last admin cannot be demoted. Leaving partial_editor drops
     * the member's assignments (the event says so; the store drops them with the role change).
     */
    public static Change<Member> changeRole(Member member, MemberRole to, long adminCount, UserId actor, Instant now) {
        if (member.role() == to) {
            return Change.none(member);
        }
        if (member.isAdmin() && adminCount <= 1) {
            throw new RuleBroken(Rule.LAST_ADMIN, "An organization keeps at least one admin: promote another member"
                    + " before demoting this one (the last admin of " + member.organization() + ")");
        }
        return Change.of(member.withRole(to), new MembershipEvent.MemberRoleChanged(actor, now, member.organization(),
                member.user(), member.role(), to));
    }

    /** Removes a member and their assignments. Stricter than uData: the last admin cannot be removed. */
    public static Change<Member> remove(Member member, long adminCount, UserId actor, Instant now) {
        if (member.isAdmin() && adminCount <= 1) {
            throw new RuleBroken(Rule.LAST_ADMIN, "An organization keeps at least one admin: promote another member"
                    + " before removing this one (the last admin of " + member.organization() + ")");
        }
        return Change.of(member, new MembershipEvent.MemberRemoved(actor, now, member.organization(), member.user(),
                member.role()));
    }

    /**
     * A member leaves of their own accord, their assignments with them. The last admin cannot: they hand the
     * organization over first (promote someone, or hand over and leave in one step).
     */
    public static Change<Member> leave(Member member, long adminCount, Instant now) {
        if (member.isAdmin() && adminCount <= 1) {
            throw new RuleBroken(Rule.LAST_ADMIN, "You are the last admin of " + member.organization()
                    + ": promote another member, or hand the organization over and leave in one step");
        }
        return Change.of(member, new MembershipEvent.MemberLeft(member.user(), now, member.organization(),
                member.user(), member.role()));
    }

    /**
     * Replaces a partial editor's assignments with {@code desired} (set semantics) and returns the new set.
     * {@code member} is empty when the user is not a member at all.
     */
    public static Change<Set<SubjectRef>> syncAssignments(OrganizationId organization, Optional<Member> member,
                                                          Set<SubjectRef> desired, Set<SubjectRef> current,
                                                          Function<SubjectRef, Optional<Subject>> subjects,
                                                          UserId actor, Instant now) {
        if (member.isEmpty() || member.get().role() != MemberRole.PARTIAL_EDITOR) {
            throw new RuleBroken(Rule.NOT_PARTIAL_EDITOR, "User must be a partial_editor member of this organization");
        }
        requireAssignable(organization, MemberRole.PARTIAL_EDITOR, desired, subjects);
        var added = new LinkedHashSet<>(desired);
        added.removeAll(current);
        var removed = new HashSet<>(current);
        removed.removeAll(desired);
        var result = Set.copyOf(desired);
        if (added.isEmpty() && removed.isEmpty()) {
            return Change.none(result);
        }
        return Change.of(result, new MembershipEvent.AssignmentsSynced(actor, now, organization, member.get().user(),
                Set.copyOf(added), Set.copyOf(removed)));
    }

    /** The organizations in which {@code user} is the only admin: what stops them from leaving or deleting their account. */
    public static List<OrganizationId> soleAdminOf(List<Member> memberships, Function<OrganizationId, Long> adminCount) {
        return memberships.stream()
                .filter(Member::isAdmin)
                .map(Member::organization)
                .filter(org -> adminCount.apply(org) <= 1)
                .toList();
    }

    /** Refuses an account deletion that would leave organizations without an admin, naming them. */
    public static void requireNotSoleAdmin(List<OrganizationId> soleAdminOf) {
        if (!soleAdminOf.isEmpty()) {
            throw new RuleBroken(Rule.LAST_ADMIN, "The account is the last admin of " + String.join(", ",
                    soleAdminOf.stream().map(OrganizationId::value).toList())
                    + ": hand those organizations over to another admin first");
        }
    }

    /** Events of several changes, in order. */
    public static List<DomainEvent> events(List<? extends Change<?>> changes) {
        return changes.stream().flatMap(c -> c.events().stream()).toList();
    }

    private static void requireOwnPendingInvitation(MembershipRequest invitation, User invitee, Instant now) {
        if (!invitation.isInvitation() || !invitation.isFor(invitee)) {
            // another user's invitation is none of this user's business: uData answers 404 too
            throw new NotFound("Invitation not found");
        }
        if (invitation.isForEmailOf(invitee) && !invitee.emailVerified()) {
            // stricter than uData: holding an address is not enough, the platform must have confirmed it
            throw new RuleBroken(Rule.EMAIL_NOT_VERIFIED,
                    "This invitation was sent to your email address: verify the address first");
        }
        if (!invitation.isOpen()) {
            throw new RuleBroken(Rule.NOT_PENDING, "Invitation is not pending");
        }
        if (invitation.isExpired(now)) {
            throw new RuleBroken(Rule.INVITATION_EXPIRED, "Invitation expired on " + invitation.expiresAt());
        }
    }

    private static void requireRequestPath(MembershipRequest request) {
        if (request.isInvitation()) {
            throw new RuleBroken(Rule.INVITATION_NOT_A_REQUEST, "Use the cancel endpoint for invitations");
        }
    }

    static void requireAssignable(OrganizationId organization, MemberRole role, Set<SubjectRef> assignments,
                                          Function<SubjectRef, Optional<Subject>> subjects) {
        if (assignments.isEmpty()) {
            return;
        }
        if (role != MemberRole.PARTIAL_EDITOR) {
            throw new RuleBroken(Rule.ASSIGNMENTS_REQUIRE_PARTIAL_EDITOR,
                    "Assignments can only be set for partial_editor role");
        }
        for (var ref : assignments) {
            if (!ownedBy(organization, ref, subjects)) {
                throw new RuleBroken(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION,
                        ref + " is not an object of this organization");
            }
        }
    }

    static boolean ownedBy(OrganizationId organization, SubjectRef ref,
                                   Function<SubjectRef, Optional<Subject>> subjects) {
        return subjects.apply(ref).map(s -> s.owner().equals(organization)).orElse(false);
    }
}
