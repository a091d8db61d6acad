package io.memberkit.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.fake.InMemoryStore;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.OrganizationEvent;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AfterCommitEventsTest {
    private final List<DomainEvent> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<RuntimeException> reported = new ArrayList<>();
    private final InMemoryStore store = new InMemoryStore(new TestClock());
    private OutboundPorts ports;
    private UseCases useCases;

    private void wire(EventListener... listeners) {
        var events = new AfterCommitEvents(List.of(listeners), (event, listener, failure) -> reported.add(failure));
        var raw = store.ports();
        ports = new OutboundPorts(raw.users(), raw.organizations(), raw.members(), raw.requests(), raw.assignments(),
                raw.subjects(), raw.follows(), raw.apiKeys(), events.around(raw.events()), raw.ids(),
                events.around(raw.unitOfWork()),
                raw.clock());
        useCases = new UseCases(ports, MembershipSettings.DEFAULTS);
    }

    private User register(String first) {
        return useCases.registerUser().register(new RegisterUser(Actor.anonymous(),
                TestUsers.aUser().named(first, "Tester").profile()));
    }

    private Organization organizationOf(User admin) {
        return useCases.createOrganization().create(new CreateOrganization(Actor.user(admin.id()),
                TestOrganizations.details("Org of " + admin.firstName())));
    }

    @Test
    void a_committed_use_case_delivers_its_events_in_order() {
        wire(delivered::add);
        var admin = register("Alice");
        var organization = organizationOf(admin);
        delivered.clear();

        useCases.inviteMember().invite(new InviteMember(Actor.user(admin.id()), organization.id(),
                new Invitee.Known(register("Bob").id()), MemberRole.EDITOR, Set.of(), null));

        assertThat(delivered).extracting(DomainEvent::type).containsExactly("UserCreated", "MemberInvited");
    }

    @Test
    void a_refused_use_case_delivers_nothing() {
        wire(delivered::add);
        var admin = register("Alice");
        var organization = organizationOf(admin);
        delivered.clear();

        assertThatThrownBy(() -> useCases.removeMember().remove(
                new RemoveMember(Actor.user(admin.id()), organization.id(), admin.id())))
                .isInstanceOf(RuleBroken.class);

        assertThat(delivered).isEmpty();
    }

    @Test
    void a_unit_of_work_rolled_back_after_appending_delivers_nothing() {
        wire(delivered::add);
        var admin = register("Alice");
        var organization = organizationOf(admin);
        delivered.clear();

        assertThatThrownBy(() -> ports.unitOfWork().write(() -> {
            ports.events().append(new MembershipEvent.MemberRemoved(admin.id(), TestClock.START, organization.id(),
                    admin.id(), MemberRole.ADMIN));
            throw new IllegalStateException("fails after appending");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(delivered).isEmpty();
        // and the next committed unit is not held up by the failed one's ticket
        register("Carol");
        assertThat(delivered).extracting(DomainEvent::type).containsExactly("UserCreated");
    }

    @Test
    void a_listener_that_throws_undoes_nothing_is_reported_and_does_not_stop_the_others() {
        wire(event -> {
            throw new IllegalStateException("listener bug");
        }, delivered::add);

        var admin = register("Alice");

        assertThat(ports.users().find(admin.id())).isPresent();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).hasMessage("listener bug");
        assertThat(delivered).extracting(DomainEvent::type).containsExactly("UserCreated");
    }

    @Test
    void events_of_one_organization_reach_listeners_in_commit_order_under_concurrency() throws Exception {
        wire(delivered::add);
        var admin = register("Alice");
        var organization = organizationOf(admin);
        var members = new ArrayList<User>();
        for (int i = 0; i < 8; i++) {
            var user = register("M" + i);
            var invitation = useCases.inviteMember().invite(new InviteMember(Actor.user(admin.id()), organization.id(),
                    new Invitee.Known(user.id()), MemberRole.EDITOR, Set.of(), null));
            useCases.acceptInvitation().accept(new io.memberkit.application.port.in.me.AcceptInvitation(
                    Actor.user(user.id()), invitation.id()));
            members.add(user);
        }
        delivered.clear();

        var pool = Executors.newFixedThreadPool(8);
        for (int round = 0; round < 20; round++) {
            for (var member : members) {
                var to = round % 2 == 0 ? MemberRole.PARTIAL_EDITOR : MemberRole.EDITOR;
                pool.submit(() -> useCases.changeMemberRole().change(
                        new ChangeMemberRole(Actor.user(admin.id()), organization.id(), member.id(), to)));
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        var trail = useCases.listAuditTrail().list(new io.memberkit.application.port.in.audit.ListAuditTrail(
                Actor.user(admin.id()), organization.id(), PageRequest.first(1000)));
        var committedOrder = trail.items().stream().skip(trail.total() - delivered.size())
                .map(e -> e.description()).toList();
        var deliveredOrder = delivered.stream().filter(e -> e instanceof OrganizationEvent)
                .map(DomainEvent::describe).toList();
        assertThat(delivered).isNotEmpty();
        assertThat(deliveredOrder).containsExactlyElementsOf(committedOrder);
    }
}
