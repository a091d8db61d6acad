package io.memberkit.application.service;

import io.memberkit.application.port.in.member.BulkInvite;
import io.memberkit.application.port.in.member.BulkInviteUseCase;
import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.AddMemberUseCase;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ChangeMemberRoleUseCase;
import io.memberkit.application.port.in.member.CountMembers;
import io.memberkit.application.port.in.member.CountMembersUseCase;
import io.memberkit.application.port.in.member.HandOverAndLeave;
import io.memberkit.application.port.in.member.HandOverAndLeaveUseCase;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.InviteMemberUseCase;
import io.memberkit.application.port.in.member.LeaveOrganization;
import io.memberkit.application.port.in.member.LeaveOrganizationUseCase;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.member.ListMembersAfterUseCase;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.application.port.in.member.MemberCounts;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.member.RemoveMemberUseCase;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.application.port.out.OrganizationState;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.Permissions;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An organization's members: listing, counting, inviting (one or many), adding directly, changing roles, removing,
 * leaving.
 */
public final class MemberService implements ListMembersUseCase, ListMembersAfterUseCase, InviteMemberUseCase, AddMemberUseCase,
        ChangeMemberRoleUseCase, RemoveMemberUseCase, BulkInviteUseCase, LeaveOrganizationUseCase,
        HandOverAndLeaveUseCase, CountMembersUseCase {
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
            var organization = visibleOrganization(query.actor(), query.organization());
            return ports.members().list(organization.id(), new MemberFilter(query.role(), query.q()), query.page());
        });
    }

    @Override
    public MemberCounts count(CountMembers query) {
        return ports.unitOfWork().read(() -> {
            var organization = visibleOrganization(query.actor(), query.organization());
            return new MemberCounts(ports.members().countByRole(organization.id()));
        });
    }

    /**
     * Two reads and no unit of work, as for may-edit: whether the organization is live (its key alone), then the
     * page, one statement consistent on its own; an organization deleted between the two only shows the members it
     * had. A transaction here cost PostgreSQL two more round trips per page, and reading the whole organization
     * cost H2 more than the page itself (see BENCHMARKS.md, scenario 2).
     */
    @Override
    public CursorPage<MemberDetails> list(ListMembersAfter query) {
        var state = ports.organizations().state(query.organization())
                .orElseThrow(() -> new NotFound("Organization not found"));
        if (state == OrganizationState.DELETED) {
            visibleOrganization(query.actor(), query.organization()); // who asks matters only here
        }
        return ports.members().listAfter(query.organization(), query.role(), query.after(), query.size());
    }

    @Override
    public MembershipRequest invite(InviteMember command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var ttl = Memberships.invitationTtl(command.expiresIn(), settings.invitationTtl(),
                    settings.maxInvitationTtl());
            var prepared = prepare(admin, organization, resolve(organization, command.invitee()), command.role(),
                    command.assignments(), command.comment(), ttl);
            facts.budget(organization.id(), settings).requireRoomFor(1);
            return write(prepared);
        });
    }

    @Override
    public List<MembershipRequest> invite(BulkInvite command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var ttl = Memberships.invitationTtl(command.expiresIn(), settings.invitationTtl(),
                    settings.maxInvitationTtl());
            var budget = facts.budget(organization.id(), settings);
            var prepared = new ArrayList<Prepared>();
            var refusals = new ArrayList<LineRefusal>();
            var seen = new HashMap<Invitee, Integer>();
            for (int i = 0; i < command.invitees().size(); i++) {
                int line = i + 1;
                var invitee = command.invitees().get(i);
                try {
                    var resolved = resolve(organization, invitee);
                    var earlier = seen.putIfAbsent(resolved.invitee(), line);
                    if (earlier != null) {
                        throw InvalidInput.of("invitee", "names the same person as line " + earlier);
                    }
                    var ready = prepare(admin, organization, resolved, command.role(), command.assignments(),
                            command.comment(), ttl);
                    if (prepared.size() >= budget.remaining()) {
                        throw budget.exhausted();
                    }
                    prepared.add(ready);
                } catch (DomainException refused) {
                    refusals.add(LineRefusal.of(line, invitee.toString(), refused));
                }
            }
            if (!refusals.isEmpty()) {
                // all or nothing: nothing was written yet, and the answer names every refused line
                refusals.sort(Comparator.comparingInt(LineRefusal::line));
                throw new RuleBroken(Rule.LINES_REFUSED, refusals.size() + " of " + command.invitees().size()
                        + " line(s) refused, so nobody was invited: " + String.join("; ",
                        refusals.stream().map(LineRefusal::describe).toList()), refusals);
            }
            return prepared.stream().map(this::write).toList();
        });
    }

    @Override
    public Member add(AddMember command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var user = ports.users().find(command.user())
                    .orElseThrow(() -> InvalidInput.of("user", "Unknown user '" + command.user() + "'"));
            boolean alreadyMember = ports.members().find(organization.id(), user.id()).isPresent();
            var change = Memberships.add(organization, admin.id(), user, command.role(), alreadyMember, facts.now());
            ports.members().add(change.state());
            return facts.record(change);
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

    @Override
    public Member leave(LeaveOrganization command) {
        return ports.unitOfWork().write(() -> {
            var me = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            var member = ports.members().find(organization.id(), me.id())
                    .orElseThrow(() -> new NotFound("You are not a member of this organization"));
            var change = Memberships.leave(member, ports.members().countAdmins(organization.id()), facts.now());
            ports.members().remove(organization.id(), me.id());
            return facts.record(change);
        });
    }

    @Override
    public Member handOver(HandOverAndLeave command) {
        return ports.unitOfWork().write(() -> {
            var me = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.organization());
            var mine = facts.membership(organization.id(), Optional.of(me));
            Permissions.requireMembers(Optional.of(me), mine);
            var leaving = mine.orElseThrow(() -> new NotFound("You are not a member of this organization"));
            if (command.successor().equals(me.id())) {
                throw InvalidInput.of("successor", "must be another member");
            }
            var successor = ports.members().find(organization.id(), command.successor())
                    .orElseThrow(() -> new NotFound("The successor is not a member of this organization"));
            var now = facts.now();
            var promoted = Memberships.changeRole(successor, MemberRole.ADMIN,
                    ports.members().countAdmins(organization.id()), me.id(), now);
            if (!promoted.events().isEmpty()) {
                ports.members().changeRole(organization.id(), successor.user(), MemberRole.ADMIN);
            }
            // counted after the promotion: the successor is the admin who stays
            var left = Memberships.leave(leaving, ports.members().countAdmins(organization.id()), now);
            ports.members().remove(organization.id(), me.id());
            facts.record(promoted);
            facts.record(left);
            return promoted.state();
        });
    }

    /** Who an invitation is for, and whether they are a member already. */
    private record Resolved(Invitee invitee, boolean alreadyMember) {
    }

    /** An invitation checked by the rules, not yet written; an expired one it closes goes with it. */
    private record Prepared(Change<MembershipRequest> invitation, Optional<Change<MembershipRequest>> replaced) {
    }

    private Prepared prepare(User admin, Organization organization, Resolved resolved, MemberRole role,
                             Set<SubjectRef> assignments, String comment, Duration ttl) {
        var now = facts.now();
        var id = ports.ids().newMembershipRequest();
        var pending = facts.pendingFor(organization.id(), resolved.invitee());
        var change = Memberships.invite(id, organization, admin.id(), resolved.invitee(), role, assignments, comment,
                new Memberships.InviteeFacts(resolved.alreadyMember(), pending), ports.subjects()::find, now, ttl);
        var replaced = pending.filter(p -> p.isExpired(now))
                .map(expired -> Memberships.replaceExpired(expired, admin.id(), id, now));
        return new Prepared(change, replaced);
    }

    private MembershipRequest write(Prepared prepared) {
        prepared.replaced().ifPresent(closed -> {
            ports.requests().cancelInvitation(closed.state());
            facts.record(closed);
        });
        var stored = ports.requests().invite(prepared.invitation().state());
        facts.record(prepared.invitation());
        return stored;
    }

    /**
     * A user id must name a usable account. An address held by an account invites that account when the address
     * is verified; otherwise the invitation waits for the address (and binds once it is verified). Either way, the
     * account's membership counts: a member is not invited again.
     */
    private Resolved resolve(Organization organization, Invitee invitee) {
        if (invitee instanceof Invitee.Known known) {
            ports.users().find(known.user()).filter(u -> !u.isGone())
                    .orElseThrow(() -> InvalidInput.of("user", "Unknown user '" + known.user() + "'"));
            return new Resolved(invitee, ports.members().find(organization.id(), known.user()).isPresent());
        }
        var email = ((Invitee.ByEmail) invitee).email();
        var account = ports.users().findByEmail(email).filter(u -> !u.isGone());
        boolean member = account.flatMap(u -> ports.members().find(organization.id(), u.id())).isPresent();
        return new Resolved(account.filter(User::emailVerified).<Invitee>map(u -> new Invitee.Known(u.id()))
                .orElse(invitee), member);
    }

    /**
     * The organization whose members are read. A live organization's members are public (uData lists them to
     * anonymous visitors), so who asks is read only once it is deleted: one read fewer on the hottest lists.
     */
    private Organization visibleOrganization(Actor actor, OrganizationId id) {
        var organization = facts.organization(id);
        if (organization.isDeleted()) {
            var viewer = facts.viewer(actor);
            if (!Permissions.maySeeDeleted(viewer, facts.membership(organization.id(), viewer))) {
                throw new Gone("Organization has been deleted");
            }
        }
        return organization;
    }
}
