package io.memberkit.application.service;

import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.AcceptInvitationUseCase;
import io.memberkit.application.port.in.me.RefuseInvitation;
import io.memberkit.application.port.in.me.RefuseInvitationUseCase;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.AcceptMembershipRequestUseCase;
import io.memberkit.application.port.in.request.CancelInvitation;
import io.memberkit.application.port.in.request.CancelInvitationUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.ListMembershipRequestsUseCase;
import io.memberkit.application.port.in.request.RefuseMembershipRequest;
import io.memberkit.application.port.in.request.RefuseMembershipRequestUseCase;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.application.port.in.request.RequestMembershipUseCase;
import io.memberkit.application.port.in.request.RequestOutcome;
import io.memberkit.application.port.in.request.ResendInvitation;
import io.memberkit.application.port.in.request.ResendInvitationUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Joining;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.permission.Permissions;
import io.memberkit.domain.user.User;
import java.util.Optional;

/**
 * Membership requests (a user asks to join) and the handling of invitations (the invitee accepts or refuses, an
 * admin cancels). Every change first locks the organization and only then reads the request, so a request or
 * invitation is accepted at most once even when two people race.
 */
public final class MembershipRequestService implements RequestMembershipUseCase, ListMembershipRequestsUseCase,
        AcceptMembershipRequestUseCase, RefuseMembershipRequestUseCase, CancelInvitationUseCase,
        AcceptInvitationUseCase, RefuseInvitationUseCase, ResendInvitationUseCase {
    private final OutboundPorts ports;
    private final Facts facts;
    private final MembershipSettings settings;

    public MembershipRequestService(OutboundPorts ports) {
        this(ports, MembershipSettings.DEFAULTS);
    }

    public MembershipRequestService(OutboundPorts ports, MembershipSettings settings) {
        this.ports = ports;
        this.facts = new Facts(ports);
        this.settings = settings;
    }

    /**
     * A request from someone whose verified address is on a verified domain of the organization is accepted at
     * once, with the organization's default join role; every other request waits for an admin. An expired
     * invitation of the applicant is closed, replaced by their request.
     */
    @Override
    public RequestOutcome request(RequestMembership command) {
        return ports.unitOfWork().write(() -> {
            var applicant = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            var now = facts.now();
            var pending = facts.pendingFor(organization.id(), new Invitee.Known(applicant.id()));
            boolean alreadyMember = ports.members().find(organization.id(), applicant.id()).isPresent();
            var change = Memberships.request(ports.ids().newMembershipRequest(), organization, applicant.id(),
                    command.comment(), new Memberships.InviteeFacts(alreadyMember, pending), now);
            var stored = change.state();
            boolean created = pending.filter(p -> p.id().equals(change.state().id())).isEmpty();
            if (!created) {
                ports.requests().updateComment(stored.id(), stored.comment());
            } else {
                var expired = pending.filter(p -> p.isExpired(now));
                if (expired.isPresent()) {
                    var closed = Memberships.replaceExpired(expired.get(), applicant.id(), stored.id(), now);
                    ports.requests().cancelInvitation(closed.state());
                    facts.record(closed);
                }
                stored = ports.requests().request(stored);
            }
            facts.record(change);
            var atOnce = Joining.acceptAtOnce(stored, applicant,
                    ports.organizations().joinPolicy(organization.id()), now);
            if (atOnce.isEmpty()) {
                return new RequestOutcome(stored, created);
            }
            ports.requests().acceptRequest(atOnce.get().state());
            var acceptance = facts.record(atOnce.get());
            return new RequestOutcome(acceptance.request(), created, Optional.of(acceptance.member()));
        });
    }

    @Override
    public Page<MembershipRequest> list(ListMembershipRequests query) {
        return ports.unitOfWork().read(() -> {
            var viewer = facts.viewer(query.actor());
            var organization = facts.organization(query.organization());
            boolean ownOnly = viewer.isPresent() && query.user().filter(viewer.get().id()::equals).isPresent();
            if (!ownOnly && !Permissions.on(viewer, facts.membership(organization.id(), viewer)).privateAccess()) {
                throw new Forbidden(
                        "You can only access your own membership requests or the one of your organizations.");
            }
            var now = facts.now();
            // expiry is computed from the clock: every list shows it, the store never holds it
            return ports.requests().list(organization.id(), query.user(), query.status(), query.page(), now)
                    .map(r -> r.seenAt(now));
        });
    }

    @Override
    public Member accept(AcceptMembershipRequest command) {
        return ports.unitOfWork().write(() -> {
            var admin = adminOf(command.organization(), command.actor());
            var request = requestOf(command.organization(), command.request());
            boolean alreadyMember = request.user()
                    .flatMap(user -> ports.members().find(command.organization(), user)).isPresent();
            var change = Memberships.acceptRequest(request, admin.id(), alreadyMember, command.role(),
                    command.assignments(), ports.subjects()::find, facts.now());
            ports.requests().acceptRequest(change.state());
            return facts.record(change).member();
        });
    }

    @Override
    public MembershipRequest refuse(RefuseMembershipRequest command) {
        return ports.unitOfWork().write(() -> {
            var admin = adminOf(command.organization(), command.actor());
            var request = requestOf(command.organization(), command.request());
            var change = Memberships.refuseRequest(request, admin.id(), command.comment(), facts.now());
            ports.requests().refuseRequest(change.state());
            return facts.record(change);
        });
    }

    @Override
    public MembershipRequest cancel(CancelInvitation command) {
        return ports.unitOfWork().write(() -> {
            var admin = adminOf(command.organization(), command.actor());
            var invitation = requestOf(command.organization(), command.invitation());
            var change = Memberships.cancelInvitation(invitation, admin.id(), facts.now());
            ports.requests().cancelInvitation(change.state());
            return facts.record(change);
        });
    }

    @Override
    public MembershipRequest resend(ResendInvitation command) {
        return ports.unitOfWork().write(() -> {
            var admin = adminOf(command.organization(), command.actor());
            var invitation = requestOf(command.organization(), command.invitation());
            var ttl = Memberships.invitationTtl(command.expiresIn(), settings.invitationTtl(),
                    settings.maxInvitationTtl());
            var change = Memberships.resend(invitation, admin.id(), ttl, facts.now());
            ports.requests().resendInvitation(change.state());
            return facts.record(change);
        });
    }

    @Override
    public Member accept(AcceptInvitation command) {
        return ports.unitOfWork().write(() -> {
            var invitee = facts.signedIn(command.actor());
            var invitation = lockedInvitation(command.invitation());
            boolean alreadyMember = ports.members().find(invitation.organization(), invitee.id()).isPresent();
            var change = Memberships.acceptInvitation(invitation, invitee, alreadyMember, ports.subjects()::find,
                    facts.now());
            ports.requests().acceptInvitation(change.state());
            return facts.record(change).member();
        });
    }

    @Override
    public MembershipRequest refuse(RefuseInvitation command) {
        return ports.unitOfWork().write(() -> {
            var invitee = facts.signedIn(command.actor());
            var invitation = lockedInvitation(command.invitation());
            var change = Memberships.refuseInvitation(invitation, invitee, facts.now());
            ports.requests().refuseInvitation(change.state());
            return facts.record(change);
        });
    }

    /** Locks the organization, then checks the actor manages its members. */
    private User adminOf(OrganizationId organization, Actor actor) {
        var admin = facts.signedIn(actor);
        facts.organizationForMembershipChange(organization);
        Permissions.requireMembers(Optional.of(admin), facts.membership(organization, Optional.of(admin)));
        return admin;
    }

    /** Read after the lock: a request of another organization is unknown here. */
    private MembershipRequest requestOf(OrganizationId organization, MembershipRequestId id) {
        return ports.requests().find(id).filter(r -> r.organization().equals(organization))
                .orElseThrow(() -> new NotFound("Unknown membership request id"));
    }

    /** Finds the invitation's organization, locks it, and reads the invitation again under the lock. */
    private MembershipRequest lockedInvitation(MembershipRequestId id) {
        var organization = ports.requests().find(id).orElseThrow(() -> new NotFound("Invitation not found"))
                .organization();
        facts.organizationForMembershipChange(organization);
        return ports.requests().find(id).orElseThrow(() -> new NotFound("Invitation not found"));
    }
}
