package io.memberkit.application.service;

import io.memberkit.application.port.in.organization.ChangeDefaultJoinRole;
import io.memberkit.application.port.in.organization.ChangeDefaultJoinRoleUseCase;
import io.memberkit.application.port.in.organization.DeclareDomain;
import io.memberkit.application.port.in.organization.DeclareDomainUseCase;
import io.memberkit.application.port.in.organization.GetJoinPolicy;
import io.memberkit.application.port.in.organization.GetJoinPolicyUseCase;
import io.memberkit.application.port.in.organization.MarkDomainVerified;
import io.memberkit.application.port.in.organization.MarkDomainVerifiedUseCase;
import io.memberkit.application.port.in.organization.RemoveDomain;
import io.memberkit.application.port.in.organization.RemoveDomainUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.domain.membership.Joining;
import io.memberkit.domain.permission.Permissions;
import io.memberkit.domain.user.User;
import java.util.Optional;

/**
 * How people join an organization without an invitation: its declared email domains (declared and removed by its
 * admins, verified by a site admin) and the role given to those who join by one. Verification is recorded, not
 * performed: the platform checks ownership (a DNS record, a mail to the domain's postmaster) its own way, then a
 * site admin or its service account marks the domain verified. Each change locks the organization, as membership
 * requests do, so a request never sees half a policy.
 */
public final class JoinPolicyService implements GetJoinPolicyUseCase, DeclareDomainUseCase, RemoveDomainUseCase,
        MarkDomainVerifiedUseCase, ChangeDefaultJoinRoleUseCase {
    private final OutboundPorts ports;
    private final Facts facts;

    public JoinPolicyService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
    }

    @Override
    public JoinPolicy get(GetJoinPolicy query) {
        return ports.unitOfWork().read(() -> {
            var viewer = facts.viewer(query.actor());
            var organization = facts.organization(query.organization()).requireNotDeleted();
            Permissions.requirePrivate(viewer, facts.membership(organization.id(), viewer));
            return ports.organizations().joinPolicy(organization.id());
        });
    }

    @Override
    public JoinPolicy declare(DeclareDomain command) {
        return ports.unitOfWork().write(() -> {
            var admin = organizationAdmin(command.actor(), command.organization());
            var change = Joining.declare(ports.organizations().joinPolicy(command.organization()),
                    command.organization(), command.domain(), admin.id(), facts.now());
            if (!change.events().isEmpty()) {
                ports.organizations().declareDomain(command.organization(),
                        change.state().find(command.domain()).orElseThrow());
            }
            return facts.record(change);
        });
    }

    @Override
    public JoinPolicy remove(RemoveDomain command) {
        return ports.unitOfWork().write(() -> {
            var admin = organizationAdmin(command.actor(), command.organization());
            var change = Joining.remove(ports.organizations().joinPolicy(command.organization()),
                    command.organization(), command.domain(), admin.id(), facts.now());
            ports.organizations().removeDomain(command.organization(), command.domain());
            return facts.record(change);
        });
    }

    @Override
    public JoinPolicy mark(MarkDomainVerified command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            Permissions.requireSiteAdmin(admin);
            facts.organizationForMembershipChange(command.organization());
            var now = facts.now();
            var change = Joining.markVerified(ports.organizations().joinPolicy(command.organization()),
                    command.organization(), command.domain(), admin.id(), now);
            if (!change.events().isEmpty()) {
                ports.organizations().markDomainVerified(command.organization(), command.domain(), now);
            }
            return facts.record(change);
        });
    }

    @Override
    public JoinPolicy change(ChangeDefaultJoinRole command) {
        return ports.unitOfWork().write(() -> {
            var admin = organizationAdmin(command.actor(), command.organization());
            var change = Joining.changeDefaultRole(ports.organizations().joinPolicy(command.organization()),
                    command.organization(), command.role(), admin.id(), facts.now());
            if (!change.events().isEmpty()) {
                ports.organizations().changeDefaultJoinRole(command.organization(), command.role());
            }
            return facts.record(change);
        });
    }

    /** Locks the organization, then checks the actor manages its members (its admins, and site admins). */
    private User organizationAdmin(Actor actor, OrganizationId organization) {
        var admin = facts.signedIn(actor);
        facts.organizationForMembershipChange(organization);
        Permissions.requireMembers(Optional.of(admin), facts.membership(organization, Optional.of(admin)));
        return admin;
    }
}
