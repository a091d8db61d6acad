package io.memberkit.application.usecase;

import static io.memberkit.application.fake.World.as;
import static io.memberkit.application.usecase.Refusals.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.memberkit.application.fake.World;
import io.memberkit.application.port.in.member.ApplyMembershipPlan;
import io.memberkit.application.port.in.member.ApplyMembershipPlanUseCase;
import io.memberkit.application.port.in.member.CountMembers;
import io.memberkit.application.port.in.member.CountMembersUseCase;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.PlanMembership;
import io.memberkit.application.port.in.member.PlanMembershipUseCase;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.DesiredMember;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.membership.MembershipPlan;
import io.memberkit.domain.membership.PlanStep;
import io.memberkit.domain.membership.RemovalPolicy;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.testing.TestUsers;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Desired-state membership: plan what a list asks for, apply exactly that, and plan again to nothing. */
class MembershipPlanUseCasesTest {
    private final World world = new World();
    private final PlanMembershipUseCase plan = world.plans;
    private final ApplyMembershipPlanUseCase apply = world.plans;
    private final CountMembersUseCase count = world.members;

    private final User admin = world.aUser();
    private final Organization organization = world.organizationOf(admin);

    private static DesiredMember line(int n, User user, MemberRole role, SubjectRef... assignments) {
        return new DesiredMember(n, new Invitee.Known(user.id()), role, Set.of(assignments));
    }

    private static DesiredMember line(int n, String email, MemberRole role) {
        return new DesiredMember(n, new Invitee.ByEmail(new EmailAddress(email)), role, Set.of());
    }

    private MembershipPlan planOf(RemovalPolicy policy, DesiredMember... lines) {
        return plan.plan(new PlanMembership(as(admin), organization.id(), List.of(lines), policy));
    }

    private MembershipPlan applied(MembershipPlan planned) {
        return apply.apply(new ApplyMembershipPlan(as(admin), planned));
    }

    private List<RequestStatus> statuses() {
        return world.requests.list(new ListMembershipRequests(as(admin), organization.id(), Optional.empty(),
                Optional.empty(), PageRequest.first(100))).items().stream().map(r -> r.status()).toList();
    }

    @Nested
    class APlanSaysWhatTheListAsksFor {
        @Test
        void newcomers_are_invited_roles_and_assignments_changed_and_the_rest_kept() {
            var ds1 = world.subjectOf(organization, "ds-1");
            var ds2 = world.subjectOf(organization, "ds-2");
            var editor = world.aUser();
            var partial = world.aUser();
            var unlisted = world.aUser();
            var newcomer = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);
            world.member(organization, admin, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));
            world.member(organization, admin, unlisted, MemberRole.EDITOR);

            var planned = planOf(RemovalPolicy.KEEP_MISSING, line(1, admin, MemberRole.ADMIN),
                    line(2, editor, MemberRole.PARTIAL_EDITOR, ds2), line(3, partial, MemberRole.PARTIAL_EDITOR, ds1, ds2),
                    line(4, newcomer, MemberRole.EDITOR), line(5, "nobody-yet@example.org", MemberRole.EDITOR));

            assertThat(planned.refusals()).isEmpty();
            assertThat(planned.steps()).containsExactly(
                    new PlanStep.ChangeRole(2, editor.id(), MemberRole.EDITOR, MemberRole.PARTIAL_EDITOR),
                    new PlanStep.ChangeAssignments(2, editor.id(), Set.of(), Set.of(ds2)),
                    new PlanStep.ChangeAssignments(3, partial.id(), Set.of(ds1), Set.of(ds1, ds2)),
                    new PlanStep.Invite(4, new Invitee.Known(newcomer.id()), MemberRole.EDITOR, Set.of(),
                            Optional.empty()),
                    new PlanStep.Invite(5, new Invitee.ByEmail(new EmailAddress("nobody-yet@example.org")),
                            MemberRole.EDITOR, Set.of(), Optional.empty()));
        }

        @Test
        void under_remove_missing_unlisted_members_go_and_unlisted_invitations_are_canceled() {
            var unlisted = world.aUser();
            world.member(organization, admin, unlisted, MemberRole.EDITOR);
            var invitation = world.invitation(organization, admin, world.aUser(), MemberRole.EDITOR);

            var planned = planOf(RemovalPolicy.REMOVE_MISSING, line(1, admin, MemberRole.ADMIN));

            assertThat(planned.steps()).containsExactly(new PlanStep.Remove(0, unlisted.id(), MemberRole.EDITOR),
                    new PlanStep.CancelInvitation(0, invitation.id(), invitation.invitee()));
            assertThat(planOf(RemovalPolicy.KEEP_MISSING, line(1, admin, MemberRole.ADMIN)).isEmpty()).isTrue();
        }

        @Test
        void a_pending_invitation_with_the_listed_role_is_done_and_one_with_another_role_is_replaced() {
            var same = world.aUser();
            var other = world.aUser();
            world.invitation(organization, admin, same, MemberRole.EDITOR);
            var wrong = world.invitation(organization, admin, other, MemberRole.EDITOR);

            var planned = planOf(RemovalPolicy.KEEP_MISSING, line(1, same, MemberRole.EDITOR),
                    line(2, other, MemberRole.ADMIN));

            assertThat(planned.steps()).containsExactly(new PlanStep.Invite(2, new Invitee.Known(other.id()),
                    MemberRole.ADMIN, Set.of(), Optional.of(wrong.id())));
        }

        @Test
        void someone_who_asked_to_join_is_accepted_with_the_listed_role() {
            var applicant = world.aUser();
            var request = world.membershipRequest(organization, applicant);

            var planned = planOf(RemovalPolicy.KEEP_MISSING, line(1, applicant, MemberRole.ADMIN));
            applied(planned);

            assertThat(planned.steps()).containsExactly(new PlanStep.AcceptRequest(1, request.id(), applicant.id(),
                    MemberRole.ADMIN, Set.of()));
            assertThat(count.count(new CountMembers(as(admin), organization.id())).of(MemberRole.ADMIN)).isEqualTo(2);
        }

        @Test
        void planning_changes_nothing() {
            var newcomer = world.aUser();
            var before = world.store.events().size();

            planOf(RemovalPolicy.REMOVE_MISSING, line(1, admin, MemberRole.ADMIN), line(2, newcomer, MemberRole.EDITOR));

            assertThat(world.store.events()).hasSize(before);
        }
    }

    @Nested
    class ApplyingPerformsThePlanOnceAndThenThereIsNothingLeft {
        @Test
        void applying_twice_changes_nothing_the_second_time() {
            var unlisted = world.aUser();
            world.member(organization, admin, unlisted, MemberRole.EDITOR);
            var newcomer = world.aUser();
            var planned = planOf(RemovalPolicy.REMOVE_MISSING, line(1, admin, MemberRole.ADMIN),
                    line(2, newcomer, MemberRole.EDITOR));

            var done = applied(planned);
            var eventsAfterFirst = world.store.events().size();
            var again = applied(planned);

            assertThat(done.steps()).isEqualTo(planned.steps());
            assertThat(again.isEmpty()).isTrue();
            assertThat(world.store.events()).hasSize(eventsAfterFirst);
            assertThat(planOf(RemovalPolicy.REMOVE_MISSING, line(1, admin, MemberRole.ADMIN),
                    line(2, newcomer, MemberRole.EDITOR)).isEmpty()).isTrue();
            assertThat(world.store.events()).filteredOn(MembershipEvent.MembershipPlanApplied.class::isInstance)
                    .hasSize(1);
        }

        @Test
        void a_plan_made_before_the_members_changed_is_not_applied() {
            var newcomer = world.aUser();
            var planned = planOf(RemovalPolicy.KEEP_MISSING, line(1, newcomer, MemberRole.EDITOR));
            world.members.invite(new InviteMember(as(admin), organization.id(), new Invitee.Known(newcomer.id()),
                    MemberRole.ADMIN, Set.of(), null));

            assertThatThrownBy(() -> applied(planned)).isInstanceOf(Conflict.class);
        }

        @Test
        void an_admin_demoted_while_another_is_promoted_never_leaves_the_organization_headless() {
            var next = world.aUser();
            world.member(organization, admin, next, MemberRole.EDITOR);

            applied(planOf(RemovalPolicy.KEEP_MISSING, line(1, admin, MemberRole.EDITOR),
                    line(2, next, MemberRole.ADMIN)));

            var counts = count.count(new CountMembers(as(next), organization.id()));
            assertThat(counts.of(MemberRole.ADMIN)).isEqualTo(1);
            assertThat(counts.of(MemberRole.EDITOR)).isEqualTo(1);
        }
    }

    @Nested
    class APlanTheRulesRefuseIsRefusedAsAWhole {
        @Test
        void a_list_that_would_leave_no_admin_names_the_line_that_demotes_the_last_one() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);
            var newcomer = world.aUser();

            var planned = planOf(RemovalPolicy.KEEP_MISSING, line(1, newcomer, MemberRole.EDITOR),
                    line(2, admin, MemberRole.EDITOR));
            var refused = catchThrowableOfType(RuleBroken.class, () -> applied(planned));

            assertThat(planned.refusals()).extracting(LineRefusal::line, LineRefusal::rule)
                    .containsExactly(tuple(2, Optional.of(Rule.LAST_ADMIN)));
            assertThat(refused.rule()).isEqualTo(Rule.LINES_REFUSED);
            assertThat(refused.lines()).isEqualTo(planned.refusals());
            assertThat(count.count(new CountMembers(as(admin), organization.id())).of(MemberRole.ADMIN)).isEqualTo(1);
            assertThat(statuses()).doesNotContain(RequestStatus.PENDING);
        }

        @Test
        void removing_the_last_admin_because_the_list_forgets_them_is_refused_too() {
            var newcomer = world.aUser();

            var planned = planOf(RemovalPolicy.REMOVE_MISSING, line(1, newcomer, MemberRole.ADMIN));

            // an invited admin is no admin until they accept
            assertThat(planned.refusals()).extracting(LineRefusal::line, LineRefusal::subject, LineRefusal::rule)
                    .containsExactly(tuple(0, admin.id().value(), Optional.of(Rule.LAST_ADMIN)));
        }

        @Test
        void lines_the_rules_refuse_are_each_named() {
            var ds = world.subjectOf(organization, "ds-1");
            var newcomer = world.aUser();

            var planned = planOf(RemovalPolicy.KEEP_MISSING, line(1, admin, MemberRole.ADMIN),
                    new DesiredMember(2, new Invitee.Known(new UserId("ghost")), MemberRole.EDITOR, Set.of()),
                    line(3, newcomer, MemberRole.EDITOR, ds), line(4, newcomer, MemberRole.EDITOR),
                    line(5, newcomer.email().value(), MemberRole.EDITOR));

            assertThat(planned.refusals()).extracting(LineRefusal::line, LineRefusal::rule, LineRefusal::field)
                    .containsExactly(tuple(2, Optional.empty(), Optional.of("user")),
                            tuple(3, Optional.of(Rule.ASSIGNMENTS_REQUIRE_PARTIAL_EDITOR), Optional.empty()),
                            tuple(5, Optional.empty(), Optional.of("invitee")));
            assertThatThrownBy(() -> applied(planned)).isInstanceOf(RuleBroken.class);
        }

        @Test
        void only_admins_plan_and_the_removal_policy_is_always_said() {
            var editor = world.aUser();
            world.member(organization, admin, editor, MemberRole.EDITOR);

            assertThatThrownBy(() -> plan.plan(new PlanMembership(as(editor), organization.id(), List.of(),
                    RemovalPolicy.KEEP_MISSING))).isInstanceOf(Forbidden.class);
            assertInvalidInput("removal_policy", () -> new PlanMembership(as(admin), organization.id(), List.of(),
                    null));
        }
    }

    @Nested
    class AThousandLineList {
        private final World big = new World(MembershipSettings.DEFAULTS.withRateLimit(5_000, Duration.ofHours(24)));
        private final User boss = big.aUser();
        private final Organization org = big.organizationOf(boss);

        private MembershipPlan planOf(List<DesiredMember> lines) {
            return big.plans.plan(new PlanMembership(as(boss), org.id(), lines, RemovalPolicy.REMOVE_MISSING));
        }

        @Test
        void is_planned_applied_and_planned_again_to_nothing_and_a_variant_without_admin_is_refused_as_a_whole() {
            var ds1 = big.subjectOf(org, "ds-1");
            var ds2 = big.subjectOf(org, "ds-2");
            var lines = new ArrayList<DesiredMember>();
            lines.add(line(1, boss, MemberRole.ADMIN));
            for (int i = 0; i < 100; i++) { // editors: half stay, half become partial editors of ds-2
                var editor = big.aUser();
                big.member(org, boss, editor, MemberRole.EDITOR);
                lines.add(i % 2 == 0 ? line(lines.size() + 1, editor, MemberRole.EDITOR)
                        : line(lines.size() + 1, editor, MemberRole.PARTIAL_EDITOR, ds2));
            }
            for (int i = 0; i < 100; i++) { // partial editors of ds-1: half unchanged, half get ds-2 too
                var partial = big.aUser();
                big.member(org, boss, partial, MemberRole.PARTIAL_EDITOR, Set.of(ds1));
                lines.add(i % 2 == 0 ? line(lines.size() + 1, partial, MemberRole.PARTIAL_EDITOR, ds1)
                        : line(lines.size() + 1, partial, MemberRole.PARTIAL_EDITOR, ds1, ds2));
            }
            for (int i = 0; i < 100; i++) { // members the list forgets
                big.member(org, boss, big.aUser(), MemberRole.EDITOR);
            }
            for (int i = 0; i < 699; i++) { // accounts not yet members
                lines.add(line(lines.size() + 1, big.user(TestUsers.aUser()), MemberRole.EDITOR));
            }
            while (lines.size() < 1000) { // addresses without an account
                lines.add(line(lines.size() + 1, "newcomer" + lines.size() + "@example.org", MemberRole.EDITOR));
            }

            var planned = planOf(lines);

            assertThat(planned.refusals()).isEmpty();
            assertThat(planned.steps(PlanStep.Invite.class)).hasSize(799);
            assertThat(planned.steps(PlanStep.ChangeRole.class)).hasSize(50);
            assertThat(planned.steps(PlanStep.ChangeAssignments.class)).hasSize(100);
            assertThat(planned.steps(PlanStep.Remove.class)).hasSize(100);
            assertThat(planned.steps()).hasSize(1049);

            var done = big.plans.apply(new ApplyMembershipPlan(as(boss), planned));

            assertThat(done.steps()).hasSize(1049);
            var counts = big.members.count(new CountMembers(as(boss), org.id()));
            assertThat(counts.of(MemberRole.ADMIN)).isEqualTo(1);
            assertThat(counts.of(MemberRole.EDITOR)).isEqualTo(50);
            assertThat(counts.of(MemberRole.PARTIAL_EDITOR)).isEqualTo(150);
            assertThat(planOf(lines).isEmpty()).isTrue();
            assertThat(big.plans.apply(new ApplyMembershipPlan(as(boss), planned)).isEmpty()).isTrue();

            var headless = new ArrayList<>(lines);
            headless.set(0, line(1, boss, MemberRole.EDITOR));
            var refusedPlan = planOf(headless);
            var eventsBefore = big.store.events().size();

            assertThat(refusedPlan.refusals()).extracting(LineRefusal::line, LineRefusal::rule)
                    .containsExactly(tuple(1, Optional.of(Rule.LAST_ADMIN)));
            var refused = catchThrowableOfType(RuleBroken.class,
                    () -> big.plans.apply(new ApplyMembershipPlan(as(boss), refusedPlan)));
            assertThat(refused.rule()).isEqualTo(Rule.LINES_REFUSED);
            assertThat(refused.lines()).extracting(LineRefusal::line).containsExactly(1);
            assertThat(big.store.events()).hasSize(eventsBefore);
            assertThat(big.members.count(new CountMembers(as(boss), org.id())).of(MemberRole.ADMIN)).isEqualTo(1);
        }
    }
}
