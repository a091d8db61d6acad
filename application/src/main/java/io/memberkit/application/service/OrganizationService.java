package io.memberkit.application.service;

import io.memberkit.application.port.in.organization.AddBadge;
import io.memberkit.application.port.in.organization.AddBadgeUseCase;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.organization.CreateOrganizationUseCase;
import io.memberkit.application.port.in.organization.DeleteOrganization;
import io.memberkit.application.port.in.organization.DeleteOrganizationUseCase;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.organization.GetOrganizationUseCase;
import io.memberkit.application.port.in.organization.ListMemberRoles;
import io.memberkit.application.port.in.organization.ListMemberRolesUseCase;
import io.memberkit.application.port.in.organization.ListOrganizations;
import io.memberkit.application.port.in.organization.ListOrganizationsUseCase;
import io.memberkit.application.port.in.organization.RemoveBadge;
import io.memberkit.application.port.in.organization.RemoveBadgeUseCase;
import io.memberkit.application.port.in.organization.SuggestOrganizations;
import io.memberkit.application.port.in.organization.SuggestOrganizationsUseCase;
import io.memberkit.application.port.in.organization.UpdateOrganization;
import io.memberkit.application.port.in.organization.UpdateOrganizationUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.Organizations;
import io.memberkit.domain.permission.Permissions;
import java.util.List;
import java.util.Optional;

/** The organizations area. */
public final class OrganizationService implements ListOrganizationsUseCase, GetOrganizationUseCase,
        CreateOrganizationUseCase, UpdateOrganizationUseCase, DeleteOrganizationUseCase, SuggestOrganizationsUseCase,
        ListMemberRolesUseCase, AddBadgeUseCase, RemoveBadgeUseCase {
    private final OutboundPorts ports;
    private final Facts facts;

    public OrganizationService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
    }

    @Override
    public Page<Organization> list(ListOrganizations query) {
        return ports.unitOfWork().read(() -> ports.organizations().list(query.filter(), query.page()));
    }

    @Override
    public Organization get(GetOrganization query) {
        return ports.unitOfWork().read(() -> {
            var viewer = facts.viewer(query.actor());
            var organization = ports.organizations().find(new OrganizationId(query.idOrSlug()))
                    .or(() -> bySlug(query.idOrSlug()))
                    .orElseThrow(() -> new NotFound("Organization not found"));
            if (organization.isDeleted()
                    && !Permissions.maySeeDeleted(viewer, facts.membership(organization.id(), viewer))) {
                throw new Gone("Organization has been deleted");
            }
            return organization;
        });
    }

    @Override
    public Organization create(CreateOrganization command) {
        return ports.unitOfWork().write(() -> {
            var creator = facts.signedIn(command.actor());
            var now = facts.now();
            var created = Organizations.create(ports.ids().newOrganization(), command.details(), creator.id(),
                    ports.organizations()::slugExists, now);
            var founder = Memberships.founder(created.state().id(), creator.id(), now);
            var stored = ports.organizations().create(created.state(), founder.state());
            facts.record(founder);
            facts.record(created);
            return stored;
        });
    }

    @Override
    public Organization update(UpdateOrganization command) {
        return ports.unitOfWork().write(() -> {
            var actor = facts.signedIn(command.actor());
            var organization = facts.organization(command.organization()).requireNotDeleted();
            Permissions.requireEdit(Optional.of(actor), facts.membership(organization.id(), Optional.of(actor)));
            var change = Organizations.update(organization, command.details(), actor.id(), facts.now());
            if (!change.events().isEmpty()) {
                ports.organizations().update(change.state());
            }
            return facts.record(change);
        });
    }

    @Override
    public Organization delete(DeleteOrganization command) {
        return ports.unitOfWork().write(() -> {
            var actor = facts.signedIn(command.actor());
            var organization = facts.organization(command.organization()).requireNotDeleted();
            Permissions.requireDelete(Optional.of(actor), facts.membership(organization.id(), Optional.of(actor)));
            var change = Organizations.delete(organization, actor.id(), facts.now());
            ports.organizations().markDeleted(change.state());
            return facts.record(change);
        });
    }

    @Override
    public List<Organization> suggest(SuggestOrganizations query) {
        return ports.unitOfWork().read(() -> ports.organizations().suggest(query.q(), query.size()));
    }

    @Override
    public List<MemberRole> list(ListMemberRoles query) {
        return List.of(MemberRole.values());
    }

    @Override
    public Organization add(AddBadge command) {
        return ports.unitOfWork().write(() -> {
            var actor = facts.signedIn(command.actor());
            Permissions.requireSiteAdmin(actor);
            var change = Organizations.addBadge(facts.organization(command.organization()), command.badge(),
                    actor.id(), facts.now());
            if (!change.events().isEmpty()) {
                ports.organizations().addBadge(command.organization(), command.badge());
            }
            return facts.record(change);
        });
    }

    @Override
    public Organization remove(RemoveBadge command) {
        return ports.unitOfWork().write(() -> {
            var actor = facts.signedIn(command.actor());
            Permissions.requireSiteAdmin(actor);
            var change = Organizations.removeBadge(facts.organization(command.organization()), command.badge(),
                    actor.id(), facts.now());
            ports.organizations().removeBadge(command.organization(), command.badge());
            return facts.record(change);
        });
    }

    private Optional<Organization> bySlug(String value) {
        try {
            return ports.organizations().findBySlug(new Slug(value));
        } catch (InvalidInput notASlug) {
            return Optional.empty();
        }
    }
}
