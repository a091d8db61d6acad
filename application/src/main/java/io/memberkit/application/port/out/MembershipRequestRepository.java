package io.memberkit.application.port.out;

import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Acceptance;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Membership requests and invitations. Each write is one intention: the matching uData endpoint, or one SQL transaction. */
public interface MembershipRequestRepository {
    Optional<MembershipRequest> find(MembershipRequestId id);

    /** The pending request or invitation of this organization addressed to this invitee, if any. */
    Optional<MembershipRequest> findPending(OrganizationId organization, Invitee invitee);

    /**
     * Requests and invitations of an organization, newest first, optionally of one user and one status, as stored.
     * The status filter knows the computed status: {@code EXPIRED} finds the pending invitations whose expiry is not
     * after {@code now}, and {@code PENDING} only the others (and pending requests).
     */
    Page<MembershipRequest> list(OrganizationId organization, Optional<UserId> user, Optional<RequestStatus> status,
                                 PageRequest page, Instant now);

    /**
     * The invitations the organization created after {@code after} (whatever became of them): how many, and the
     * oldest one's creation time. What the invitation rate limit counts.
     */
    InvitationCount invitationsAfter(OrganizationId organization, Instant after);

    /** Pending invitations addressed to this user by id or by email, oldest first. */
    List<MembershipRequest> pendingInvitationsFor(UserId user, Optional<EmailAddress> email);

    /** An admin invites (POST /organizations/{org}/member/); returns the invitation as stored (with the remote's id). */
    MembershipRequest invite(MembershipRequest invitation);

    /** A user asks to join (POST /organizations/{org}/membership/); returns the request as stored. */
    MembershipRequest request(MembershipRequest request);

    /** A second request while one is pending: its comment is replaced. */
    void updateComment(MembershipRequestId id, String comment);

    /** The invitee accepts: the request, the new member and their assignments are written together. */
    void acceptInvitation(Acceptance acceptance);

    void refuseInvitation(MembershipRequest refused);

    /** An admin accepts a request: the request and the new member are written together. */
    void acceptRequest(Acceptance acceptance);

    void refuseRequest(MembershipRequest refused);

    void cancelInvitation(MembershipRequest canceled);

    /** An admin sends a pending invitation again: its new expiry is written. A conflict when no longer pending. */
    void resendInvitation(MembershipRequest renewed);

    /** A pending invitation sent to an address becomes the account's that verified it: its invitee is written. */
    void bindInvitation(MembershipRequest bound);
}
