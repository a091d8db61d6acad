package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.InvitationCount;
import java.time.Instant;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.MembershipRequestRepository;
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
import java.util.List;
import java.util.Optional;

/**
 * Membership requests and invitations on a provider that has neither (Isogeo's API, AWX): every call, reads
 * included, fails with {@code BackendFailure.NotSupported} naming the operation and the provider. An empty answer
 * would hide a misconfigured caller; "not supported by awx" tells them where they are.
 */
public final class UnsupportedMembershipRequests implements MembershipRequestRepository {
    private final String provider;

    public UnsupportedMembershipRequests(String provider) {
        this.provider = provider;
    }

    private BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, provider);
    }

    @Override
    public Optional<MembershipRequest> find(MembershipRequestId id) {
        throw no("reading a membership request");
    }

    @Override
    public Optional<MembershipRequest> findPending(OrganizationId organization, Invitee invitee) {
        throw no("looking up pending membership requests");
    }

    @Override
    public Page<MembershipRequest> list(OrganizationId organization, Optional<UserId> user,
                                        Optional<RequestStatus> status, PageRequest page, Instant now) {
        throw no("listing membership requests");
    }

    @Override
    public List<MembershipRequest> pendingInvitationsFor(UserId user, Optional<EmailAddress> email) {
        throw no("listing invitations");
    }

    @Override
    public MembershipRequest invite(MembershipRequest invitation) {
        throw no("inviting a member");
    }

    @Override
    public MembershipRequest request(MembershipRequest request) {
        throw no("asking to join an organization");
    }

    @Override
    public void updateComment(MembershipRequestId id, String comment) {
        throw no("updating a membership request");
    }

    @Override
    public void acceptInvitation(Acceptance acceptance) {
        throw no("accepting an invitation");
    }

    @Override
    public void refuseInvitation(MembershipRequest refused) {
        throw no("refusing an invitation");
    }

    @Override
    public void acceptRequest(Acceptance acceptance) {
        throw no("accepting a membership request");
    }

    @Override
    public void refuseRequest(MembershipRequest refused) {
        throw no("refusing a membership request");
    }

    @Override
    public void cancelInvitation(MembershipRequest canceled) {
        throw no("canceling an invitation");
    }

    /** Nothing was ever invited here: the invitation itself then says it is not supported. */
    @Override
    public InvitationCount invitationsAfter(OrganizationId organization, Instant after) {
        return InvitationCount.NONE;
    }

    @Override
    public void resendInvitation(MembershipRequest renewed) {
        throw no("resending an invitation");
    }

    @Override
    public void bindInvitation(MembershipRequest bound) {
        throw no("binding an email invitation");
    }
}
