package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A membership request (a user asks to join) or an invitation (an admin invites a user or an email).
 * {@code createdBy} is the applicant or the inviter; {@code expiresAt} is set for invitations only.
 */
public record MembershipRequest(MembershipRequestId id, OrganizationId organization, RequestKind kind,
                                RequestStatus status, Invitee invitee, MemberRole role, String comment,
                                Set<SubjectRef> assignments, Instant created, UserId createdBy, UserId handledBy,
                                Instant handledOn, String refusalComment, Instant expiresAt) {
    public MembershipRequest {
        Require.present(id, "id");
        Require.present(organization, "organization");
        Require.present(kind, "kind");
        Require.present(status, "status");
        Require.present(invitee, "invitee");
        Require.present(role, "role");
        comment = Require.text(comment, "comment");
        assignments = assignments == null ? Set.of() : Set.copyOf(assignments);
        Require.present(created, "created");
        refusalComment = Require.text(refusalComment, "comment");
        if (kind == RequestKind.REQUEST && !(invitee instanceof Invitee.Known)) {
            throw new IllegalArgumentException("a membership request comes from a known user");
        }
    }

    public boolean isInvitation() {
        return kind == RequestKind.INVITATION;
    }

    public boolean isPending() {
        return status == RequestStatus.PENDING;
    }

    /**
     * A pending invitation whose delay ran out (or one already shown as {@link RequestStatus#EXPIRED}). Computed
     * from the clock; nothing rewrites the row.
     */
    public boolean isExpired(Instant now) {
        return status == RequestStatus.EXPIRED
                || isInvitation() && isPending() && expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * This request as lists show it at {@code now}: a pending invitation past its expiry has the computed status
     * {@link RequestStatus#EXPIRED}. What is shown is never written back.
     */
    public MembershipRequest seenAt(Instant now) {
        if (status != RequestStatus.PENDING || !isExpired(now)) {
            return this;
        }
        return new MembershipRequest(id, organization, kind, RequestStatus.EXPIRED, invitee, role, comment, assignments,
                created, createdBy, handledBy, handledOn, refusalComment, expiresAt);
    }

    /** The stored status: what {@link #seenAt} computed is pending underneath. */
    public RequestStatus storedStatus() {
        return status == RequestStatus.EXPIRED ? RequestStatus.PENDING : status;
    }

    /** Still open: pending, whether or not its delay ran out (an expired invitation can be resent or canceled). */
    public boolean isOpen() {
        return storedStatus() == RequestStatus.PENDING;
    }

    /** The invited or applying user, when known. */
    public Optional<UserId> user() {
        return invitee instanceof Invitee.Known known ? Optional.of(known.user()) : Optional.empty();
    }

    /**
     * Whether this is addressed to {@code user}: by id, or by an email that is theirs, verified or not (see
     * {@link #isForEmailOf}: accepting by email needs the address verified).
     */
    public boolean isFor(User user) {
        // pattern switch is a preview feature in Java 17: instanceof reads as well here
        if (invitee instanceof Invitee.Known known) {
            return known.user().equals(user.id());
        }
        return isForEmailOf(user);
    }

    /** Addressed by email to the address {@code user} holds (verified or not). */
    public boolean isForEmailOf(User user) {
        return invitee instanceof Invitee.ByEmail byEmail && byEmail.email().equals(user.email());
    }

    MembershipRequest handled(RequestStatus to, UserId by, Instant at, String refusal, Invitee boundInvitee) {
        return new MembershipRequest(id, organization, kind, to, boundInvitee, role, comment, assignments, created,
                createdBy, by, at, refusal, expiresAt);
    }

    MembershipRequest withExpiry(Instant newExpiresAt) {
        return new MembershipRequest(id, organization, kind, status, invitee, role, comment, assignments, created,
                createdBy, handledBy, handledOn, refusalComment, newExpiresAt);
    }

    MembershipRequest withInvitee(Invitee newInvitee) {
        return new MembershipRequest(id, organization, kind, status, newInvitee, role, comment, assignments, created,
                createdBy, handledBy, handledOn, refusalComment, expiresAt);
    }

    MembershipRequest withComment(String newComment) {
        return new MembershipRequest(id, organization, kind, status, invitee, role, newComment, assignments, created,
                createdBy, handledBy, handledOn, refusalComment, expiresAt);
    }
}
