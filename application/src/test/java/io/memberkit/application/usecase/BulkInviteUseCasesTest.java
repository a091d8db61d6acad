package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.member.BulkInvite;
import io.memberkit.application.port.in.member.BulkInviteUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.in.request.ListMembershipRequestsUseCase;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Bulk invitation: every line is checked first; any refused line and nobody is invited. */
class BulkInviteUseCasesTest {
    private final World world = new World();
    private final BulkInviteUseCase bulk = world.members;
    private final ListMembershipRequestsUseCase listRequests = world.requests;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);

    private BulkInvite inviting(User actor, List<Invitee> invitees, MemberRole role, Set<SubjectRef> assignments) {
        return new BulkInvite(as(actor), organization.id(), invitees, role, assignments, "Welcome", Optional.empty());
    }

    private BulkInvite inviting(List<Invitee> invitees) {
        return inviting(admin, invitees, MemberRole.EDITOR, Set.of());
    }

    private static Invitee known(User user) {
        return new Invitee.Known(user.id());
    }

    private static Invitee byEmail(String address) {
        return new Invitee.ByEmail(new EmailAddress(address));
    }

    private List<MembershipRequest> pending() {
        return listRequests.list(new ListMembershipRequests(as(admin), organization.id(), Optional.empty(),
                Optional.of(RequestStatus.PENDING), null)).items();
    }

    private List<LineRefusal> refusedLines(BulkInvite command) {
        var refused = catchThrowableOfType(RuleBroken.class, () -> bulk.invite(command));
        assertThat(refused).as("the batch is refused").isNotNull();
        assertThat(refused.rule()).isEqualTo(Rule.LINES_REFUSED);
        return refused.lines();
    }

    @Nested
    class AListOfUsersAndEmailsIsInvitedWithOneRole {
        @Test
        void every_line_is_invited_in_order_in_one_go() {
            var ann = world.aUser();
            var ben = world.aUser();

            var invited = bulk.invite(inviting(List.of(known(ann), byEmail("new@example.org"), known(ben))));

            assertThat(invited).extracting(MembershipRequest::invitee)
                    .containsExactly(known(ann), byEmail("new@example.org"), known(ben));
            assertThat(invited).allMatch(MembershipRequest::isPending)
                    .allMatch(r -> r.role() == MemberRole.EDITOR);
            assertThat(pending()).hasSize(3);
            assertThat(world.store.events()).filteredOn(MembershipEvent.MemberInvited.class::isInstance).hasSize(3);
        }

        @Test
        void partial_editors_are_invited_with_their_assignments() {
            var ds = world.subjectOf(organization, "ds-1");

            var invited = bulk.invite(inviting(admin, List.of(known(world.aUser()), byEmail("p@example.org")),
                    MemberRole.PARTIAL_EDITOR, Set.of(ds)));

            assertThat(invited).allMatch(r -> r.assignments().equals(Set.of(ds)));
        }
    }

    @Nested
    class AnyRefusedLineAndNobodyIsInvited {
        @Test
        void each_refused_line_is_named_with_its_invitee_and_rule_or_field() {
            var member = world.aUser();
            world.member(organization, admin, member, MemberRole.EDITOR);
            var waiting = world.aUser();
            world.invitation(organization, admin, waiting, MemberRole.EDITOR);
            var fine = world.aUser();

            var lines = refusedLines(inviting(List.of(known(fine), known(member), byEmail("ok@example.org"),
                    new Invitee.Known(new UserId("ghost")), known(waiting), byEmail("ok@example.org"))));

            assertThat(lines).extracting(LineRefusal::line, LineRefusal::subject, LineRefusal::rule,
                    LineRefusal::field).containsExactly(
                    tuple(2, member.id().value(), Optional.of(Rule.ALREADY_MEMBER), Optional.empty()),
                    tuple(4, "ghost", Optional.empty(), Optional.of("user")),
                    tuple(5, waiting.id().value(), Optional.of(Rule.PENDING_REQUEST_EXISTS), Optional.empty()),
                    tuple(6, "ok@example.org", Optional.empty(), Optional.of("invitee")));
            assertThat(pending()).extracting(MembershipRequest::invitee).containsExactly(known(waiting));
            assertThat(world.store.events()).filteredOn(MembershipEvent.MemberInvited.class::isInstance)
                    .hasSize(2); // the two givens, nothing of the refused batch
        }

        @Test
        void assignments_refused_by_the_rules_refuse_every_line() {
            var elsewhere = world.subjectOf(world.organizationOf(world.aUser()), "ds-elsewhere");

            var lines = refusedLines(inviting(admin, List.of(known(world.aUser()), known(world.aUser())),
                    MemberRole.PARTIAL_EDITOR, Set.of(elsewhere)));

            assertThat(lines).extracting(LineRefusal::line).containsExactly(1, 2);
            assertThat(lines).extracting(LineRefusal::rule)
                    .containsOnly(Optional.of(Rule.ASSIGNMENT_OUTSIDE_ORGANIZATION));
            assertThat(pending()).isEmpty();
        }

        @Test
        void lines_beyond_the_rate_limit_are_refused_so_nothing_is_sent() {
            var limited = new World(MembershipSettings.DEFAULTS.withRateLimit(3, Duration.ofHours(24)));
            var boss = limited.aUser();
            var org = limited.organizationOf(boss);
            limited.invitation(org, boss, limited.aUser(), MemberRole.EDITOR);
            var invitees = new ArrayList<Invitee>();
            for (int i = 0; i < 4; i++) {
                invitees.add(known(limited.aUser()));
            }

            var refused = catchThrowableOfType(RuleBroken.class, () -> limited.members.invite(new BulkInvite(as(boss),
                    org.id(), invitees, MemberRole.EDITOR, Set.of(), null, Optional.empty())));

            assertThat(refused.lines()).extracting(LineRefusal::line, LineRefusal::rule).containsExactly(
                    tuple(3, Optional.of(Rule.INVITATION_RATE_LIMIT)), tuple(4, Optional.of(Rule.INVITATION_RATE_LIMIT)));
            assertThat(limited.members.invite(new BulkInvite(as(boss), org.id(), invitees.subList(0, 2),
                    MemberRole.EDITOR, Set.of(), null, Optional.empty()))).hasSize(2);
        }
    }

    @Nested
    class TheBatchItselfMustMakeSense {
        @Test
        void an_empty_list_is_refused_on_invitees() {
            assertInvalidInput("invitees", () -> inviting(List.of()));
        }

        @Test
        void a_delay_beyond_the_maximum_is_refused_on_expires_in() {
            assertInvalidInput("expires_in", () -> bulk.invite(new BulkInvite(as(admin), organization.id(),
                    List.of(known(world.aUser())), MemberRole.EDITOR, Set.of(), null, Optional.of(Duration.ofDays(31)))));
        }

        @Test
        void only_admins_invite_in_bulk() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> bulk.invite(inviting(editor, List.of(known(world.aUser())), MemberRole.EDITOR,
                    Set.of()))).isInstanceOf(Forbidden.class);
        }
    }
}
