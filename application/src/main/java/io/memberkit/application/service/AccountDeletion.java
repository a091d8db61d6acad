package io.memberkit.application.service;

import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.user.Accounts;
import io.memberkit.domain.user.User;
import io.memberkit.domain.user.UserEvent;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Deleting an account, by an admin or by its owner. Stricter than uData, which silently drops a deleted account
 * from its organizations: an account that is an organization's last admin is not deleted, and the error names
 * the organizations.
 */
final class AccountDeletion {
    private final OutboundPorts ports;
    private final Facts facts;

    AccountDeletion(OutboundPorts ports, Facts facts) {
        this.ports = ports;
        this.facts = facts;
    }

    User delete(User actor, User target, boolean sendMail, boolean deleteComments, Consumer<User> write) {
        var memberships = ports.members().membershipsOf(target.id()).stream()
                .sorted(Comparator.comparing((Member m) -> m.organization().value()))
                .toList();
        // lock in a fixed order, so two deletions never wait on each other
        memberships.forEach(m -> ports.organizations().findForMembershipChange(m.organization()));
        Memberships.requireNotSoleAdmin(Memberships.soleAdminOf(memberships,
                (OrganizationId org) -> ports.members().countAdmins(org)));
        var now = facts.now();
        var anonymised = Accounts.anonymised(target, now);
        // decided before the write, which drops the memberships: counted after it, a co-admin would look like the last
        var removals = memberships.stream().map(membership -> Memberships.remove(membership,
                ports.members().countAdmins(membership.organization()), actor.id(), now)).toList();
        write.accept(anonymised);
        removals.forEach(facts::record);
        return facts.record(Change.of(anonymised,
                new UserEvent.UserDeleted(actor.id(), now, target.id(), sendMail, deleteComments)));
    }
}
