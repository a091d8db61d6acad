package io.memberkit.application.service;

import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.InvitationBudget;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads the facts every service asks about (who is acting, which organization, their membership) and records changes. */
final class Facts {
    private final OutboundPorts ports;

    Facts(OutboundPorts ports) {
        this.ports = ports;
    }

    Instant now() {
        return ports.clock().instant();
    }

    /** The acting user, who must be signed in with a usable account. */
    User signedIn(Actor actor) {
        var id = actor.userId().orElseThrow(() -> new Forbidden("You must be signed in to do this."));
        return ports.users().find(id).filter(u -> !u.isGone())
                .orElseThrow(() -> new Forbidden("The acting account does not exist or is not active."));
    }

    /** The acting user if signed in; anonymous readers are allowed. */
    Optional<User> viewer(Actor actor) {
        return actor.userId().isPresent() ? Optional.of(signedIn(actor)) : Optional.empty();
    }

    User user(UserId id) {
        return ports.users().find(id).orElseThrow(() -> new NotFound("User not found"));
    }

    Organization organization(OrganizationId id) {
        return ports.organizations().find(id).orElseThrow(() -> new NotFound("Organization not found"));
    }

    /** An organization not deleted, locked until the unit of work ends: its members are about to change. */
    Organization organizationForMembershipChange(OrganizationId id) {
        var organization = ports.organizations().findForMembershipChange(id)
                .orElseThrow(() -> new NotFound("Organization not found"));
        if (organization.isDeleted()) {
            throw new Gone("Organization has been deleted");
        }
        return organization;
    }

    Optional<Member> membership(OrganizationId organization, Optional<User> user) {
        return user.flatMap(u -> ports.members().find(organization, u.id()));
    }

    /**
     * The pending (possibly expired) request or invitation of the organization addressed to this invitee. For a
     * known user, an invitation still waiting for their verified email address is theirs too: invited by email
     * before registering.
     */
    Optional<MembershipRequest> pendingFor(OrganizationId organization, Invitee invitee) {
        var pending = ports.requests().findPending(organization, invitee);
        if (pending.isPresent() || !(invitee instanceof Invitee.Known known)) {
            return pending;
        }
        return ports.users().find(known.user()).flatMap(User::verifiedEmail)
                .flatMap(email -> ports.requests().findPending(organization, new Invitee.ByEmail(email)));
    }

    /** How many more invitations the organization may send now. */
    InvitationBudget budget(OrganizationId organization, MembershipSettings settings) {
        var now = now();
        var sent = ports.requests().invitationsAfter(organization, now.minus(settings.invitationWindow()));
        return new InvitationBudget(organization, settings.invitationsPerWindow(), settings.invitationWindow(),
                sent.count(), sent.oldest());
    }

    /** Every open (pending, expired included) request and invitation of the organization, as stored. */
    List<MembershipRequest> open(OrganizationId organization) {
        var now = now();
        var all = new ArrayList<MembershipRequest>();
        for (var status : List.of(RequestStatus.PENDING, RequestStatus.EXPIRED)) {
            var page = PageRequest.first(PageRequest.MAX_SIZE);
            Page<MembershipRequest> found;
            do {
                found = ports.requests().list(organization, Optional.empty(), Optional.of(status), page, now);
                all.addAll(found.items());
                page = page.next();
            } while (found.hasNext());
        }
        return all;
    }

    /** Appends the change's events to the audit trail, in the caller's unit of work, and returns its state. */
    <T> T record(Change<T> change) {
        change.events().forEach(ports.events()::append);
        return change.state();
    }
}
