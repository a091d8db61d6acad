package io.memberkit.adapter.persistence.stress;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.application.port.in.me.AcceptInvitation;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.MemberService;
import io.memberkit.application.service.MembershipRequestService;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads race through the real use cases to demote and remove the admins of many organizations and to
 * accept the same invitations. Refusals are expected; what must never happen is an organization left without an
 * admin, an invitation accepted twice, or a user who is a member of an organization twice.
 */
public abstract class MembershipRaceTest {
    private static final int THREADS = 16;
    private static final int ORGANIZATIONS = 24;
    private static final int ADMINS = 3;
    private static final int ACCEPT_ATTEMPTS = 6;

    private OutboundPorts ports;
    private MemberService members;
    private MembershipRequestService requests;
    private final List<Scene> scenes = new ArrayList<>();

    protected abstract TestDatabase database();

    /** An organization with its admins and one pending invitation. */
    private record Scene(Organization organization, List<User> admins, User invitee, MembershipRequest invitation) {
    }

    @BeforeEach
    void organizationsWithSeveralAdminsAndAPendingInvitation() {
        ports = database().emptyPorts();
        members = new MemberService(ports, MembershipSettings.DEFAULTS);
        requests = new MembershipRequestService(ports);
        for (int i = 0; i < ORGANIZATIONS; i++) {
            var admins = new ArrayList<User>();
            for (int a = 0; a < ADMINS; a++) {
                admins.add(add(TestUsers.aUser()));
            }
            var founder = admins.get(0);
            var organization = TestOrganizations.anOrganization().build();
            ports.unitOfWork().write(() -> ports.organizations().create(organization,
                    Memberships.founder(organization.id(), founder.id(), organization.created()).state()));
            for (var admin : admins.subList(1, ADMINS)) {
                var invitation = invite(organization, founder, admin, MemberRole.ADMIN);
                requests.accept(new AcceptInvitation(Actor.user(admin.id()), invitation.id()));
            }
            var invitee = add(TestUsers.aUser());
            scenes.add(new Scene(organization, admins, invitee, invite(organization, founder, invitee,
                    MemberRole.EDITOR)));
        }
    }

    @Test
    void racing_demotions_removals_and_acceptances_break_no_rule() throws Exception {
        var tasks = new ArrayList<Runnable>();
        var random = new Random(42);
        for (var scene : scenes) {
            for (var target : scene.admins()) {
                var actor = scene.admins().get(random.nextInt(ADMINS));
                tasks.add(() -> members.change(new ChangeMemberRole(Actor.user(actor.id()),
                        scene.organization().id(), target.id(), MemberRole.EDITOR)));
                var remover = scene.admins().get(random.nextInt(ADMINS));
                tasks.add(() -> members.remove(new RemoveMember(Actor.user(remover.id()), scene.organization().id(),
                        target.id())));
            }
            for (int i = 0; i < ACCEPT_ATTEMPTS; i++) {
                tasks.add(() -> requests.accept(new AcceptInvitation(Actor.user(scene.invitee().id()),
                        scene.invitation().id())));
            }
        }
        Collections.shuffle(tasks, random);

        var unexpected = race(tasks);

        assertThat(unexpected).isEmpty();
        assertThat(organizationsWithoutAdmin()).isZero();
        assertThat(duplicateMemberships()).isZero();
        assertThat(countersOutOfStep()).isZero();
        for (var scene : scenes) {
            var org = scene.organization().id().value();
            long acceptances = count("SELECT COUNT(*) FROM audit_events WHERE organization_id = ?"
                    + " AND event_type = 'InvitationAccepted' AND actor_id = ?", org, scene.invitee().id().value());
            long inviteeMemberships = count("SELECT COUNT(*) FROM members WHERE organization_id = ? AND user_id = ?",
                    org, scene.invitee().id().value());
            assertThat(acceptances).as("acceptances of the invitation to %s", org).isLessThanOrEqualTo(1);
            assertThat(inviteeMemberships).isEqualTo(acceptances);
        }
    }

    /** Runs every task once, spread over the threads, started together; returns the failures no rule explains. */
    private List<Throwable> race(List<Runnable> tasks) throws InterruptedException {
        var unexpected = new ConcurrentLinkedQueue<Throwable>();
        var next = new AtomicInteger();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                    try {
                        tasks.get(i).run();
                    } catch (RuntimeException e) {
                        if (!isExpectedRefusal(e)) {
                            unexpected.add(e);
                        }
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(unexpected);
    }

    /**
     * What a losing racer is told: the last admin stays; a demoted actor may no longer manage members; a removed
     * member is gone; the invitation was accepted already; or the lock could not be had in time.
     */
    private static boolean isExpectedRefusal(RuntimeException e) {
        if (e instanceof RuleBroken broken) {
            return Set.of(Rule.LAST_ADMIN, Rule.NOT_PENDING, Rule.ALREADY_MEMBER).contains(broken.rule());
        }
        return e instanceof Forbidden || e instanceof NotFound || e instanceof Conflict;
    }

    private long organizationsWithoutAdmin() throws SQLException {
        return count("""
                SELECT COUNT(*) FROM organizations o WHERE NOT EXISTS (
                    SELECT 1 FROM members m WHERE m.organization_id = o.id AND m.role = 'admin')""");
    }

    private long duplicateMemberships() throws SQLException {
        return count("""
                SELECT COUNT(*) FROM (SELECT organization_id, user_id FROM members
                GROUP BY organization_id, user_id HAVING COUNT(*) > 1) d""");
    }

    private long countersOutOfStep() throws SQLException {
        return count("""
                SELECT COUNT(*) FROM organizations o
                WHERE o.members_count <> (SELECT COUNT(*) FROM members m WHERE m.organization_id = o.id)""");
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (var connection = database().connection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private User add(TestUsers.Builder builder) {
        var user = builder.build();
        return ports.unitOfWork().write(() -> ports.users().add(user));
    }

    private MembershipRequest invite(Organization organization, User admin, User invitee, MemberRole role) {
        return members.invite(new InviteMember(Actor.user(admin.id()), organization.id(),
                new Invitee.Known(invitee.id()), role, Set.of(), null));
    }
}
