package io.memberkit.application.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.assignment.SyncAssignments;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.me.RefuseInvitation;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.CancelInvitation;
import io.memberkit.application.port.in.request.RefuseMembershipRequest;
import io.memberkit.application.port.in.request.RequestMembership;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.DomainException;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of what people do to an organization's members, through the use cases over the in-memory
 * fakes, never break memberkit's membership invariants: an organization keeps at least one admin, a user is a
 * member of an organization at most once, only partial editors hold assignments (on their organization's objects),
 * and an invitation or a membership request is accepted at most once and, once handled, stays as it was.
 * Refusals are part of the game: any {@link DomainException} is an answer; anything else fails the property.
 *
 * <p>The default run is short (jqwik's {@code jqwik.tries.default}, 200 in {@code junit-platform.properties});
 * a longer one: {@code ./mvnw -pl application -am test -Dtest=MembershipInvariantProperties
 * -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default=10000}.
 */
class MembershipInvariantProperties {
    static final int USERS = 7;
    static final int ORGANIZATIONS = 2;
    static final int SUBJECTS = 3;
    /**
     * An actor index at or above USERS means "the one who may": the organization's founder, or for an invitation
     * the person it is addressed to. Half the steps are taken by them, so that many are carried out.
     */
    static final int ACTORS = 2 * USERS;

    /** One thing someone does; indexes are resolved against the world of the run. */
    sealed interface Step {
    }

    record Invite(int actor, int organization, int invitee, MemberRole role, int subjects) implements Step {
    }

    record Accept(int actor, int invitation) implements Step {
    }

    record Refuse(int actor, int invitation) implements Step {
    }

    record Cancel(int actor, int organization, int invitation) implements Step {
    }

    record Request(int actor, int organization) implements Step {
    }

    record AcceptRequest(int actor, int organization, int request) implements Step {
    }

    record RefuseRequest(int actor, int organization, int request) implements Step {
    }

    record ChangeRole(int actor, int organization, int user, MemberRole role) implements Step {
    }

    record Remove(int actor, int organization, int user) implements Step {
    }

    record Sync(int actor, int organization, int user, int subjects) implements Step {
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void membership_invariants_hold_after_every_step(@ForAll("steps") @Size(min = 10, max = 60) List<Step> steps) {
        var run = new Run();
        for (var step : steps) {
            run.perform(step);
            run.checkInvariants(step);
        }
        // the runs must reach the interesting states, not only refusals (bounds well below what is seen, so that
        // a run's chance never fails the test, while a generator that stops reaching them does)
        for (var kind : List.of("Invite", "Accept", "AcceptRequest", "ChangeRole", "Remove", "Sync")) {
            Statistics.label(kind).collect(run.done.contains(kind) ? "done" : "not done");
        }
        Statistics.label("Accept").coverage(check -> check.check("done").percentage(p -> p > 20));
        Statistics.label("ChangeRole").coverage(check -> check.check("done").percentage(p -> p > 5));
        Statistics.label("Sync").coverage(check -> check.check("done").percentage(p -> p > 10));
        Statistics.label("Remove").coverage(check -> check.check("done").percentage(p -> p > 10));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> actor = Arbitraries.integers().between(0, ACTORS - 1);
        Arbitrary<Integer> organization = Arbitraries.integers().between(0, ORGANIZATIONS - 1);
        Arbitrary<Integer> invitee = Arbitraries.integers().between(0, USERS - 1);
        Arbitrary<Integer> user = Arbitraries.integers().between(0, 2 * USERS - 1);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 50);
        // bit i: subject i of the organization; bit SUBJECTS: one object of the other organization
        Arbitrary<Integer> subjects = Arbitraries.integers().between(0, (1 << (SUBJECTS + 1)) - 1);
        // partial editors are where assignments live: half the roles handed out
        Arbitrary<MemberRole> role = Arbitraries.frequency(Tuple.of(1, MemberRole.ADMIN), Tuple.of(1, MemberRole.EDITOR),
                Tuple.of(2, MemberRole.PARTIAL_EDITOR));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(actor, organization, invitee, role, subjects).as(Invite::new)),
                Tuple.of(5, Combinators.combine(actor, pick).as(Accept::new)),
                Tuple.of(2, Combinators.combine(actor, pick).as(Refuse::new)),
                Tuple.of(2, Combinators.combine(actor, organization, pick).as(Cancel::new)),
                Tuple.of(2, Combinators.combine(actor, organization).as(Request::new)),
                Tuple.of(2, Combinators.combine(actor, organization, pick).as(AcceptRequest::new)),
                Tuple.of(1, Combinators.combine(actor, organization, pick).as(RefuseRequest::new)),
                Tuple.of(6, Combinators.combine(actor, organization, user, role).as(ChangeRole::new)),
                Tuple.of(3, Combinators.combine(actor, organization, user).as(Remove::new)),
                Tuple.of(5, Combinators.combine(actor, organization, user, subjects).as(Sync::new)));
        return step.list();
    }

    /** One world, its people and organizations, and what the run has seen of its requests. */
    static final class Run {
        final World world = new World();
        final List<User> users = new ArrayList<>();
        final List<Organization> organizations = new ArrayList<>();
        final Map<Organization, List<SubjectRef>> subjects = new HashMap<>();
        final List<MembershipRequestId> requests = new ArrayList<>();
        final Map<MembershipRequestId, RequestStatus> handled = new HashMap<>();
        /** The kinds of step that were carried out, not refused. */
        final Set<String> done = new HashSet<>();

        Run() {
            for (int i = 0; i < USERS; i++) {
                users.add(world.aUser());
            }
            for (int g = 0; g < ORGANIZATIONS; g++) {
                var organization = world.organizationOf(users.get(g));
                organizations.add(organization);
                var refs = new ArrayList<SubjectRef>();
                for (int k = 0; k < SUBJECTS; k++) {
                    refs.add(world.subjectOf(organization, "ds-" + g + "-" + k));
                }
                subjects.put(organization, refs);
                // each organization starts with an editor and a partial editor, so every kind of step has a target
                world.member(organization, users.get(g), users.get(2 + g), MemberRole.EDITOR);
                world.member(organization, users.get(g), users.get(4 + g), MemberRole.PARTIAL_EDITOR,
                        Set.of(refs.get(0)));
            }
        }

        Actor actor(int index, int organization) {
            return World.as(users.get(index < USERS ? index : organization % USERS));
        }

        Actor actorOf(int index, MembershipRequestId request) {
            if (index < USERS) {
                return World.as(users.get(index));
            }
            // "the one it is addressed to", so that invitations do get accepted and refused
            var found = world.ports.requests().find(request).orElseThrow();
            return found.user().map(Actor::user).orElse(World.as(users.get(0)));
        }

        Set<SubjectRef> subjects(int organization, int mask) {
            var own = subjects.get(organizations.get(organization));
            var chosen = new LinkedHashSet<SubjectRef>();
            for (int k = 0; k < SUBJECTS; k++) {
                if ((mask & (1 << k)) != 0) {
                    chosen.add(own.get(k));
                }
            }
            if ((mask & (1 << SUBJECTS)) != 0) {
                chosen.add(subjects.get(organizations.get((organization + 1) % ORGANIZATIONS)).get(0));
            }
            return chosen;
        }

        /** An even pick is a pending request or invitation, an odd one any of them (handled ones included). */
        Optional<MembershipRequestId> request(int pick) {
            var pending = requests.stream()
                    .filter(id -> world.ports.requests().find(id).orElseThrow().isPending()).toList();
            var among = pick % 2 == 0 && !pending.isEmpty() ? pending : requests;
            return among.isEmpty() ? Optional.empty() : Optional.of(among.get(pick / 2 % among.size()));
        }

        /** A user index below USERS is that user; above, one of the organization's current members. */
        UserId user(int index, int organization) {
            return user(index, organization, Optional.empty());
        }

        /** ... preferably one of {@code role}, when there is one. */
        UserId user(int index, int organization, Optional<MemberRole> role) {
            if (index < USERS) {
                return users.get(index).id();
            }
            var id = organizations.get(organization).id();
            var members = world.ports.members().list(id, role, new PageRequest(1, 1000)).items();
            if (members.isEmpty()) {
                members = world.ports.members().list(id, Optional.empty(), new PageRequest(1, 1000)).items();
            }
            return members.get((index - USERS) % members.size()).member().user();
        }

        void perform(Step step) {
            world.clock.advance(Duration.ofMinutes(1));
            try {
                apply(step);
                done.add(step.getClass().getSimpleName());
            } catch (DomainException refused) {
                // a refusal is an answer: the invariants must hold all the same
            }
        }

        // Java 17: no pattern matching in switch yet
        private void apply(Step step) {
            if (step instanceof Invite s) {
                requests.add(world.members.invite(new InviteMember(actor(s.actor(), s.organization()),
                        organization(s.organization()), new Invitee.Known(users.get(s.invitee()).id()), s.role(),
                        subjects(s.organization(), s.subjects()), null)).id());
            } else if (step instanceof Accept s) {
                request(s.invitation()).ifPresent(id ->
                        world.requests.accept(new AcceptInvitation(actorOf(s.actor(), id), id)));
            } else if (step instanceof Refuse s) {
                request(s.invitation()).ifPresent(id ->
                        world.requests.refuse(new RefuseInvitation(actorOf(s.actor(), id), id)));
            } else if (step instanceof Cancel s) {
                request(s.invitation()).ifPresent(id -> world.requests.cancel(new CancelInvitation(
                        actor(s.actor(), s.organization()), organization(s.organization()), id)));
            } else if (step instanceof Request s) {
                requests.add(world.requests.request(new RequestMembership(actor(s.actor(), s.organization()),
                        organization(s.organization()), "hello")).request().id());
            } else if (step instanceof AcceptRequest s) {
                request(s.request()).ifPresent(id -> world.requests.accept(new AcceptMembershipRequest(
                        actor(s.actor(), s.organization()), organization(s.organization()), id)));
            } else if (step instanceof RefuseRequest s) {
                request(s.request()).ifPresent(id -> world.requests.refuse(new RefuseMembershipRequest(
                        actor(s.actor(), s.organization()), organization(s.organization()), id, "no")));
            } else if (step instanceof ChangeRole s) {
                world.members.change(new ChangeMemberRole(actor(s.actor(), s.organization()),
                        organization(s.organization()), user(s.user(), s.organization()), s.role()));
            } else if (step instanceof Remove s) {
                world.members.remove(new RemoveMember(actor(s.actor(), s.organization()),
                        organization(s.organization()), user(s.user(), s.organization())));
            } else if (step instanceof Sync s) {
                world.assignments.sync(new SyncAssignments(actor(s.actor(), s.organization()),
                        organization(s.organization()),
                        user(s.user(), s.organization(), Optional.of(MemberRole.PARTIAL_EDITOR)),
                        subjects(s.organization(), s.subjects())));
            } else {
                throw new IllegalArgumentException("unknown step " + step);
            }
        }

        private OrganizationId organization(int index) {
            return organizations.get(index).id();
        }

        void checkInvariants(Step after) {
            var ports = world.ports;
            for (var organization : organizations) {
                var members = ports.members().list(organization.id(), Optional.empty(), new PageRequest(1, 1000))
                        .items().stream().map(d -> d.member()).toList();
                assertThat(members).as("an organization keeps an admin, after %s", after)
                        .anyMatch(Member::isAdmin);
                assertThat(ports.members().countAdmins(organization.id())).as("admins counted, after %s", after)
                        .isPositive();
                assertThat(members.stream().map(Member::user).distinct().count())
                        .as("a user is a member at most once, after %s", after).isEqualTo(members.size());
                var roles = members.stream().collect(Collectors.toMap(Member::user, Member::role));
                var assignments = ports.assignments().list(organization.id(), new PageRequest(1, 1000)).items();
                for (Assignment assignment : assignments) {
                    assertThat(roles.get(assignment.user())).as("only partial editors hold assignments, after %s: %s",
                            after, assignment).isEqualTo(MemberRole.PARTIAL_EDITOR);
                    assertThat(ports.subjects().find(assignment.subject()).orElseThrow().owner())
                            .as("an assigned object belongs to the organization, after %s", after)
                            .isEqualTo(organization.id());
                }
            }
            for (var user : users) {
                var memberships = ports.members().membershipsOf(user.id());
                assertThat(new HashSet<>(memberships.stream().map(Member::organization).toList()))
                        .as("one membership per organization, after %s", after).hasSize(memberships.size());
            }
            for (var id : requests) {
                MembershipRequest request = ports.requests().find(id).orElseThrow();
                var before = handled.get(id);
                if (before != null) {
                    assertThat(request.status()).as("a handled request stays handled, after %s", after)
                            .isEqualTo(before);
                } else if (request.status() != RequestStatus.PENDING) {
                    handled.put(id, request.status());
                }
            }
            var acceptances = new ArrayList<MembershipRequestId>();
            for (var event : world.store.events()) {
                if (event instanceof MembershipEvent.InvitationAccepted accepted) {
                    acceptances.add(accepted.invitation());
                } else if (event instanceof MembershipEvent.MembershipRequestAccepted accepted) {
                    acceptances.add(accepted.request());
                }
            }
            assertThat(new HashSet<>(acceptances)).as("accepted at most once, after %s", after)
                    .hasSize(acceptances.size());
        }
    }
}
