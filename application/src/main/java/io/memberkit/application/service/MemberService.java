package io.memberkit.application.service;

import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.member.ListMembersAfterUseCase;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.Permissions;
import io.memberkit.domain.user.User;
import java.util.Optional;

/** An organization's members: listing, inviting, changing roles, removing. */
public final class MemberService implements ListMembersUseCase, ListMembersAfterUseCase, InviteMemberUseCase, ChangeMemberRoleUseCase,
        RemoveMemberUseCase {
    private final OutboundPorts ports;
    private final Facts facts;
    private final MembershipSettings settings;

    public MemberService(OutboundPorts ports, MembershipSettings settings) {
        this.ports = ports;
        this.facts = new Facts(ports);
        this.settings = settings;
    }

    @Override
    public Page<MemberDetails> list(ListMembers query) {
        return ports.unitOfWork().read(() -> {
            var organization = visible(query.actor(), query.organization());
            return ports.members().list(organization.id(), query.role(), query.page());
        });
    }

    @Override
    public CursorPage<MemberDetails> list(ListMembersAfter query) {
        return ports.unitOfWork().read(() -> {
            var organization = visible(query.actor(), query.organization());
            return ports.members().listAfter(organization.id(), query.role(), query.after(), query.size());
        });
    }

    /** The organization whose members are listed: a deleted one only for those who may still see it. */
    private Organization visible(Actor actor, OrganizationId id) {
        var viewer = facts.viewer(actor);
        var organization = facts.organization(id);
        if (organization.isDeleted()
                && !Permissions.maySeeDeleted(viewer, facts.membership(organization.id(), viewer))) {
            throw new Gone("Organization has been deleted");
        }
        return organization;
    }

    @Override
    public MembershipRequest invite(InviteMember command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var invitee = resolve(command.invitee());
            boolean alreadyMember = invitee instanceof Invitee.Known known
                    && ports.members().find(organization.id(), known.user()).isPresent();
            var change = Memberships.invite(ports.ids().newMembershipRequest(), organization, admin.id(), invitee,
                    command.role(), command.assignments(), command.comment(),
                    new Memberships.InviteeFacts(alreadyMember, facts.pendingFor(organization.id(), invitee)),
                    ports.subjects()::find, facts.now(), settings.invitationTtl());
            var stored = ports.requests().invite(change.state());
            facts.record(change);
            return stored;
        });
    }

    @Override
    public Member change(ChangeMemberRole command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var member = ports.members().find(organization.id(), command.user())
                    .orElseThrow(() -> new NotFound("User is not a member of this organization"));
            var change = Memberships.changeRole(member, command.role(), ports.members().countAdmins(organization.id()),
                    admin.id(), facts.now());
            if (!change.events().isEmpty()) {
                ports.members().changeRole(organization.id(), member.user(), command.role());
            }
            return facts.record(change);
        });
    }

    @Override
    public Member remove(RemoveMember command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var member = ports.members().find(organization.id(), command.user())
                    .orElseThrow(() -> new NotFound("User is not a member of this organization"));
            var change = Memberships.remove(member, ports.members().countAdmins(organization.id()), admin.id(),
                    facts.now());
            ports.members().remove(organization.id(), member.user());
            return facts.record(change);
        });
    }

    /** A user id must name a usable account; an email that belongs to an account invites that account. */
    private Invitee resolve(Invitee invitee) {
        if (invitee instanceof Invitee.Known known) {
            ports.users().find(known.user()).filter(u -> !u.isGone())
                    .orElseThrow(() -> InvalidInput.of("user", "Unknown user '" + known.user() + "'"));
            return invitee;
        }
        var email = ((Invitee.ByEmail) invitee).email();
        return ports.users().findByEmail(email).filter(u -> !u.isGone()).map(User::id)
                .<Invitee>map(Invitee.Known::new).orElse(invitee);
    }
}
