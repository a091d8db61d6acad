package io.memberkit.application.service;

import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.user.User;
import java.util.Comparator;

/**
 * Pending invitations sent to an address become the account's once the account holds that address verified
 * (registered or created with it verified, or verified later). An invitation is left to the address when the
 * account is a member of that organization already, or has an open request or invitation there: binding it would
 * give them two.
 */
final class EmailInvitations {
    private final OutboundPorts ports;
    private final Facts facts;

    EmailInvitations(OutboundPorts ports, Facts facts) {
        this.ports = ports;
        this.facts = facts;
    }

    /** In the caller's unit of work. */
    void bindTo(User owner, UserId actor) {
        var email = owner.verifiedEmail();
        if (email.isEmpty()) {
            return;
        }
        var byEmail = new Invitee.ByEmail(email.get());
        var invitations = ports.requests().pendingInvitationsFor(owner.id(), email).stream()
                .filter(r -> r.invitee().equals(byEmail))
                // lock in a fixed order, so two bindings never wait on each other
                .sorted(Comparator.comparing((MembershipRequest r) -> r.organization().value()))
                .toList();
        for (var invitation : invitations) {
            var organization = invitation.organization();
            if (ports.organizations().findForMembershipChange(organization).filter(o -> !o.isDeleted()).isEmpty()) {
                continue;
            }
            var current = ports.requests().find(invitation.id()).filter(r -> r.isOpen() && r.invitee().equals(byEmail));
            if (current.isEmpty() || isMemberOrExpected(organization, owner)) {
                continue;
            }
            var change = Memberships.bindToVerifiedOwner(current.get(), owner, actor, facts.now());
            ports.requests().bindInvitation(change.state());
            facts.record(change);
        }
    }

    private boolean isMemberOrExpected(OrganizationId organization, User owner) {
        return ports.members().find(organization, owner.id()).isPresent()
                || ports.requests().findPending(organization, new Invitee.Known(owner.id())).isPresent();
    }
}
