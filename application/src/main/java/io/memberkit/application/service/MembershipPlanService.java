package io.memberkit.application.service;

import io.memberkit.application.port.in.member.ApplyMembershipPlan;
import io.memberkit.application.port.in.member.ApplyMembershipPlanUseCase;
import io.memberkit.application.port.in.member.PlanMembership;
import io.memberkit.application.port.in.member.PlanMembershipUseCase;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.DesiredMember;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.membership.MembershipPlan;
import io.memberkit.domain.membership.MembershipPlanning;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.membership.PlanStep;
import io.memberkit.domain.membership.RemovalPolicy;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.permission.Permissions;
import io.memberkit.domain.user.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Desired-state membership: plan (read only), then apply (one unit of work). The plan is the domain's
 * ({@link MembershipPlanning}); this service loads its facts and, to apply, makes it again under the organization's
 * lock and performs each step through the same rules and ports as the matching use case.
 */
public final class MembershipPlanService implements PlanMembershipUseCase, ApplyMembershipPlanUseCase {
    private final OutboundPorts ports;
    private final Facts facts;
    private final MembershipSettings settings;

    public MembershipPlanService(OutboundPorts ports, MembershipSettings settings) {
        this.ports = ports;
        this.facts = new Facts(ports);
        this.settings = settings;
    }

    @Override
    public MembershipPlan plan(PlanMembership query) {
        return ports.unitOfWork().read(() -> {
            var admin = facts.signedIn(query.actor());
            var organization = facts.organization(query.organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            return plan(organization, query.lines(), query.policy());
        });
    }

    @Override
    public MembershipPlan apply(ApplyMembershipPlan command) {
        command.plan().requireApplicable();
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var organization = facts.organizationForMembershipChange(command.plan().organization());
            Permissions.requireMembers(Optional.of(admin), facts.membership(organization.id(), Optional.of(admin)));
            var fresh = plan(organization, command.plan().desired(), command.plan().policy());
            if (fresh.isEmpty()) {
                return fresh; // applied already: applying again changes nothing
            }
            fresh.requireApplicable();
            if (!fresh.steps().equals(command.plan().steps())) {
                throw new Conflict("The organization's members changed since this plan was made: plan again");
            }
            perform(fresh, organization, admin);
            return fresh;
        });
    }

    private MembershipPlan plan(Organization organization, List<DesiredMember> desired, RemovalPolicy policy) {
        var org = organization.id();
        var members = new ArrayList<Member>();
        var page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            var found = ports.members().list(org, MemberFilter.ALL, page);
            found.items().forEach(m -> members.add(m.member()));
            if (!found.hasNext()) {
                break;
            }
            page = page.next();
        }
        var assignments = new HashMap<UserId, Set<SubjectRef>>();
        page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            var found = ports.assignments().list(org, page);
            found.items().forEach(a -> assignments.computeIfAbsent(a.user(), u -> new HashSet<>()).add(a.subject()));
            if (!found.hasNext()) {
                break;
            }
            page = page.next();
        }
        var planFacts = new MembershipPlanning.Facts(members, assignments, facts.open(org), ports.users()::find,
                ports.users()::findByEmail, ports.subjects()::find, facts.budget(org, settings), facts.now());
        return MembershipPlanning.plan(organization, desired, policy, planFacts);
    }

    /**
     * Promotions to admin first and demotions and removals of admins after everything else, so the organization
     * has an admin at every step; assignments last, once every role is what the plan says.
     */
    private void perform(MembershipPlan plan, Organization organization, User admin) {
        var ordered = plan.steps().stream().sorted(Comparator.comparingInt(MembershipPlanService::phase)).toList();
        for (var step : ordered) {
            perform(step, organization, admin);
        }
        facts.record(Change.of(plan, new MembershipEvent.MembershipPlanApplied(admin.id(), facts.now(),
                organization.id(), plan.steps(PlanStep.Invite.class).size(),
                plan.steps(PlanStep.AcceptRequest.class).size(), plan.steps(PlanStep.ChangeRole.class).size(),
                plan.steps(PlanStep.ChangeAssignments.class).size(), plan.steps(PlanStep.Remove.class).size(),
                plan.steps(PlanStep.CancelInvitation.class).size())));
    }

    private static int phase(PlanStep step) {
        if (step instanceof PlanStep.ChangeRole change) {
            return change.to() == MemberRole.ADMIN ? 0 : change.from() == MemberRole.ADMIN ? 2 : 1;
        }
        if (step instanceof PlanStep.Remove) {
            return 2;
        }
        return step instanceof PlanStep.ChangeAssignments ? 3 : 1;
    }

    // a pattern switch would read better, but it is a preview feature in Java 17
    private void perform(PlanStep step, Organization organization, User admin) {
        var org = organization.id();
        var now = facts.now();
        if (step instanceof PlanStep.Invite invite) {
            var id = ports.ids().newMembershipRequest();
            invite.replacing().ifPresent(old -> {
                var current = request(old);
                var closed = current.isExpired(now) ? Memberships.replaceExpired(current, admin.id(), id, now)
                        : Memberships.cancelInvitation(current, admin.id(), now);
                ports.requests().cancelInvitation(closed.state());
                facts.record(closed);
            });
            var change = Memberships.invite(id, organization, admin.id(), invite.invitee(), invite.role(),
                    invite.assignments(), null, new Memberships.InviteeFacts(false, Optional.empty()),
                    ports.subjects()::find, now, settings.invitationTtl());
            ports.requests().invite(change.state());
            facts.record(change);
        } else if (step instanceof PlanStep.AcceptRequest accept) {
            var change = Memberships.acceptRequest(request(accept.request()), admin.id(), false, accept.role(),
                    accept.assignments(), ports.subjects()::find, now);
            ports.requests().acceptRequest(change.state());
            facts.record(change);
        } else if (step instanceof PlanStep.ChangeRole role) {
            var change = Memberships.changeRole(member(org, role.user()), role.to(), ports.members().countAdmins(org),
                    admin.id(), now);
            ports.members().changeRole(org, role.user(), role.to());
            facts.record(change);
        } else if (step instanceof PlanStep.ChangeAssignments sync) {
            var current = Set.copyOf(ports.assignments().of(org, sync.user()).stream().map(Assignment::subject)
                    .toList());
            var change = Memberships.syncAssignments(org, Optional.of(member(org, sync.user())), sync.to(), current,
                    ports.subjects()::find, admin.id(), now);
            ports.assignments().replace(org, sync.user(), change.state(), now);
            facts.record(change);
        } else if (step instanceof PlanStep.Remove removal) {
            var change = Memberships.remove(member(org, removal.user()), ports.members().countAdmins(org), admin.id(),
                    now);
            ports.members().remove(org, removal.user());
            facts.record(change);
        } else if (step instanceof PlanStep.CancelInvitation cancel) {
            var change = Memberships.cancelInvitation(request(cancel.invitation()), admin.id(), now);
            ports.requests().cancelInvitation(change.state());
            facts.record(change);
        }
    }

    private Member member(OrganizationId organization, UserId user) {
        return ports.members().find(organization, user)
                .orElseThrow(() -> new NotFound("User is not a member of this organization"));
    }

    private MembershipRequest request(MembershipRequestId id) {
        return ports.requests().find(id).orElseThrow(() -> new NotFound("Unknown membership request id"));
    }
}
