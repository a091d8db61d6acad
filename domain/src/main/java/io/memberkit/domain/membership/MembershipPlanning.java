package io.memberkit.domain.membership;

import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.error.ErrorKind;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Desired-state membership: from a list of who should be in an organization with which role, the plan of what to
 * change, each step checked by the same rules as the matching use case, and the lines those rules refuse.
 *
 * <p>People not yet members are invited (uData adds members only through invitations), or accepted when they
 * already asked to join; a pending invitation with the listed role and assignments counts as done, so a plan made
 * again after it was applied is empty. An address is matched to the account holding it, but a new invitation goes
 * to the account only when the address is verified (otherwise to the address, which binds once verified).
 */
public final class MembershipPlanning {
    private MembershipPlanning() {
    }

    /**
     * What a plan is made from, loaded by the caller: the organization's members and the assignments of its
     * partial editors, its open (pending, expired included) requests and invitations, lookups of accounts and
     * objects, and its invitation budget.
     */
    public record Facts(List<Member> members, Map<UserId, Set<SubjectRef>> assignments,
                        List<MembershipRequest> open, Function<UserId, Optional<User>> usersById,
                        Function<EmailAddress, Optional<User>> usersByEmail,
                        Function<SubjectRef, Optional<Subject>> subjects, InvitationBudget budget, Instant now) {
        public Facts {
            members = List.copyOf(members);
            assignments = Map.copyOf(assignments);
            open = List.copyOf(open);
            Objects.requireNonNull(usersById, "usersById");
            Objects.requireNonNull(usersByEmail, "usersByEmail");
            Objects.requireNonNull(subjects, "subjects");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(now, "now");
        }
    }

    public static MembershipPlan plan(Organization organization, List<DesiredMember> desired, RemovalPolicy policy,
                                      Facts facts) {
        organization.requireNotDeleted();
        var org = organization.id();
        var members = new HashMap<UserId, Member>();
        facts.members().forEach(m -> members.put(m.user(), m));
        long admins = facts.members().stream().filter(Member::isAdmin).count();

        var steps = new ArrayList<PlanStep>();
        var refusals = new ArrayList<LineRefusal>();
        var seen = new HashMap<String, Integer>();
        var matchedMembers = new HashSet<UserId>();
        var claimed = new HashSet<MembershipRequestId>();
        int invitations = 0;

        var lines = desired.stream().sorted(Comparator.comparingInt(DesiredMember::line)).toList();
        for (var line : lines) {
            try {
                Memberships.requireAssignable(org, line.role(), line.assignments(), facts.subjects());
                var account = account(line.who(), facts);
                var key = account.map(u -> "user:" + u.id().value())
                        .orElseGet(() -> "email:" + ((Invitee.ByEmail) line.who()).email().value());
                var earlier = seen.putIfAbsent(key, line.line());
                if (earlier != null) {
                    throw InvalidInput.of("invitee", "names the same person as line " + earlier);
                }
                var member = account.map(u -> members.get(u.id()));
                if (member.isPresent()) {
                    matchedMembers.add(member.get().user());
                    admins += planMember(line, member.get(), facts, steps);
                    continue;
                }
                var open = openFor(line.who(), account, facts.open());
                open.forEach(r -> claimed.add(r.id()));
                boolean invited = open.stream().anyMatch(r -> r.isInvitation() && !r.isExpired(facts.now())
                        && r.role() == line.role() && r.assignments().equals(line.assignments()));
                if (invited) {
                    continue;
                }
                var request = open.stream().filter(r -> !r.isInvitation()).findFirst();
                if (request.isPresent()) {
                    steps.add(new PlanStep.AcceptRequest(line.line(), request.get().id(), account.orElseThrow().id(),
                            line.role(), line.assignments()));
                    admins += line.role() == MemberRole.ADMIN ? 1 : 0;
                    continue;
                }
                if (++invitations > facts.budget().remaining()) {
                    throw facts.budget().exhausted();
                }
                var replacing = open.stream().filter(MembershipRequest::isInvitation).map(MembershipRequest::id)
                        .findFirst();
                steps.add(new PlanStep.Invite(line.line(), invitee(line.who(), account), line.role(),
                        line.assignments(), replacing));
            } catch (DomainException refused) {
                refusals.add(LineRefusal.of(line.line(), line.who().toString(), refused));
            }
        }

        if (policy == RemovalPolicy.REMOVE_MISSING) {
            for (var member : facts.members().stream().sorted(Comparator.comparing(m -> m.user().value())).toList()) {
                if (!matchedMembers.contains(member.user())) {
                    steps.add(new PlanStep.Remove(0, member.user(), member.role()));
                    admins -= member.isAdmin() ? 1 : 0;
                }
            }
            facts.open().stream().filter(MembershipRequest::isInvitation).filter(r -> !claimed.contains(r.id()))
                    .sorted(Comparator.comparing(r -> r.id().value()))
                    .forEach(r -> steps.add(new PlanStep.CancelInvitation(0, r.id(), r.invitee())));
        }

        if (admins < 1) {
            // stricter than uData: the plan as a whole is refused, naming every line that takes an admin away
            for (var step : steps) {
                if (step instanceof PlanStep.ChangeRole change && change.from() == MemberRole.ADMIN) {
                    refusals.add(noAdminLeft(step.line(), change.user()));
                } else if (step instanceof PlanStep.Remove removal && removal.role() == MemberRole.ADMIN) {
                    refusals.add(noAdminLeft(0, removal.user()));
                }
            }
        }
        refusals.sort(Comparator.comparingInt(LineRefusal::line));
        return new MembershipPlan(org, desired, policy, steps, refusals);
    }

    /** The steps that bring a member to their line; returns the change in the number of admins. */
    private static int planMember(DesiredMember line, Member member, Facts facts, List<PlanStep> steps) {
        var current = facts.assignments().getOrDefault(member.user(), Set.of());
        if (member.role() != line.role()) {
            steps.add(new PlanStep.ChangeRole(line.line(), member.user(), member.role(), line.role()));
            if (line.role() == MemberRole.PARTIAL_EDITOR && !line.assignments().isEmpty()) {
                // the role change starts a partial editor with no assignment
                steps.add(new PlanStep.ChangeAssignments(line.line(), member.user(), Set.of(), line.assignments()));
            }
            return (line.role() == MemberRole.ADMIN ? 1 : 0) - (member.isAdmin() ? 1 : 0);
        }
        if (line.role() == MemberRole.PARTIAL_EDITOR && !current.equals(line.assignments())) {
            steps.add(new PlanStep.ChangeAssignments(line.line(), member.user(), current, line.assignments()));
        }
        return 0;
    }

    /** The account a line names: an id must name a usable account; an address may belong to one. */
    private static Optional<User> account(Invitee who, Facts facts) {
        if (who instanceof Invitee.Known known) {
            return Optional.of(facts.usersById().apply(known.user()).filter(u -> !u.isGone())
                    .orElseThrow(() -> InvalidInput.of("user", "Unknown user '" + known.user() + "'")));
        }
        return facts.usersByEmail().apply(((Invitee.ByEmail) who).email()).filter(u -> !u.isGone());
    }

    /** The open requests and invitations addressed to the person on a line, by account or by address. */
    private static List<MembershipRequest> openFor(Invitee who, Optional<User> account, List<MembershipRequest> open) {
        var addresses = new LinkedHashSet<Invitee>();
        addresses.add(who);
        account.ifPresent(u -> {
            addresses.add(new Invitee.Known(u.id()));
            u.verifiedEmail().ifPresent(email -> addresses.add(new Invitee.ByEmail(email)));
        });
        return open.stream().filter(r -> addresses.contains(r.invitee())).toList();
    }

    /** Who a new invitation goes to: the account when named by id or by its verified address, else the address. */
    private static Invitee invitee(Invitee who, Optional<User> account) {
        if (who instanceof Invitee.Known) {
            return who;
        }
        return account.filter(User::emailVerified).<Invitee>map(u -> new Invitee.Known(u.id())).orElse(who);
    }

    private static LineRefusal noAdminLeft(int line, UserId user) {
        return new LineRefusal(line, user.value(), ErrorKind.RULE_BROKEN, Optional.of(Rule.LAST_ADMIN),
                Optional.empty(), "the plan would leave the organization without an admin");
    }
}
