package io.memberkit.bootstrap.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.mirror.DiscardConflict;
import io.memberkit.application.port.in.mirror.GetMirrorStatus;
import io.memberkit.application.port.in.mirror.PushOutbox;
import io.memberkit.application.port.in.mirror.PushReport;
import io.memberkit.application.port.in.mirror.RetryConflict;
import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.CancelInvitation;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.out.OutboxState;
import io.memberkit.application.port.out.PendingWrite;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.OrganizationDetails;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip: sync from {@code memberkit serve} into a local database, edit offline through the use cases,
 * change the remote meanwhile, push, and check both sides. Also the outbox's own rules: what goes into it, in which
 * order, in the same transaction as the write, and what a person decides about a conflict.
 */
class MirrorPushTest {
    private MirrorWorld world;
    private Memberkit mirror;
    private Actor alice;
    private OrganizationId lab;

    @TempDir
    Path dataDir;

    @BeforeEach
    void aSyncedMirror() {
        world = new MirrorWorld();
        mirror = world.mirror(dataDir);
        mirror.mirror().syncMirror().sync(new SyncMirror(null, null));
        alice = Actor.user(world.local(world.alice));
        lab = new OrganizationId(world.local(world.lab));
    }

    @AfterEach
    void close() {
        mirror.close();
        world.close();
    }

    private long count(String sql, Object... args) {
        return MirrorWorld.count(dataDir, sql, args);
    }

    private PushReport push() {
        return mirror.mirror().pushOutbox().push(PushOutbox.ALL);
    }

    private List<MembershipRequest> pending(Memberkit side, Actor actor, OrganizationId organization) {
        return side.useCases().listMembershipRequests().list(new ListMembershipRequests(actor, organization,
                Optional.empty(), Optional.of(RequestStatus.PENDING), PageRequest.firstPage())).items();
    }

    private Map<String, MemberRole> members(Memberkit side, Actor actor, OrganizationId organization) {
        return side.useCases().listMembers().list(new ListMembers(actor, organization, Optional.empty(),
                PageRequest.firstPage())).items().stream()
                .collect(Collectors.toMap(m -> m.user().id().value(), m -> m.member().role()));
    }

    @Nested
    class The_round_trip {
        @Test
        void offline_edits_reach_the_remote_and_a_refused_one_is_a_conflict_while_the_rest_goes_on() {
            // offline
            var carlasRequest = pending(mirror, alice, lab).stream().filter(r -> r.kind() == RequestKind.REQUEST)
                    .findFirst().orElseThrow();
            var newcomer = pending(mirror, alice, lab).stream().filter(r -> r.kind() == RequestKind.INVITATION)
                    .findFirst().orElseThrow();
            var uc = mirror.useCases();
            uc.changeMemberRole().change(new ChangeMemberRole(alice, lab, new UserId(world.local(world.bruno)),
                    MemberRole.ADMIN));
            uc.acceptMembershipRequest().accept(new AcceptMembershipRequest(alice, lab, carlasRequest.id(),
                    MemberRole.EDITOR, Set.of()));
            var friend = uc.inviteMember().invite(new InviteMember(alice, lab,
                    new Invitee.ByEmail(new EmailAddress("friend@example.org")), MemberRole.EDITOR, Set.of(), null));
            uc.removeMember().remove(new RemoveMember(alice, lab, new UserId(world.local(world.eve))));
            uc.cancelInvitation().cancel(new CancelInvitation(alice, lab, newcomer.id()));
            // the remote meanwhile
            var remoteAlice = Actor.user(world.alice);
            world.uc().removeMember().remove(new RemoveMember(remoteAlice, world.lab, world.eve));
            var zoe = world.register("Zoe", "Bernard", "zoe.bernard@example.org");
            world.uc().addMember().add(new io.memberkit.application.port.in.member.AddMember(remoteAlice, world.lab,
                    zoe, MemberRole.EDITOR));

            var report = push();

            assertThat(report.sent()).isEqualTo(4);
            assertThat(report.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.write()).isInstanceOf(PendingWrite.RemoveMember.class);
                assertThat(conflict.message()).isNotBlank();
                assertThat(conflict.state()).isEqualTo(OutboxState.CONFLICT);
            });
            assertThat(report.pending()).isZero();
            // the remote
            assertThat(members(world.remote, remoteAlice, world.lab)).containsOnly(
                    Map.entry(world.alice.value(), MemberRole.ADMIN), Map.entry(world.bruno.value(), MemberRole.ADMIN),
                    Map.entry(world.carla.value(), MemberRole.EDITOR), Map.entry(zoe.value(), MemberRole.EDITOR));
            assertThat(pending(world.remote, remoteAlice, world.lab)).singleElement()
                    .satisfies(r -> assertThat(r.invitee()).isEqualTo(friend.invitee()));
            // the mirror, refreshed for the organization with the conflict
            assertThat(members(mirror, alice, lab)).containsOnly(
                    Map.entry(world.local(world.alice), MemberRole.ADMIN),
                    Map.entry(world.local(world.bruno), MemberRole.ADMIN),
                    Map.entry(world.local(world.carla), MemberRole.EDITOR),
                    Map.entry(world.local(zoe), MemberRole.EDITOR));
            assertThat(pending(mirror, alice, lab)).singleElement()
                    .satisfies(r -> assertThat(r.id()).isEqualTo(friend.id()));
            assertThat(count("SELECT COUNT(*) FROM membership_requests WHERE email = 'friend@example.org'"))
                    .isEqualTo(1);
        }

        @Test
        void a_write_the_remote_forbids_now_is_a_conflict_and_the_mirror_learns_why() {
            var remoteBruno = Actor.user(world.bruno);
            world.uc().changeMemberRole().change(new ChangeMemberRole(Actor.user(world.alice), world.lab, world.bruno,
                    MemberRole.ADMIN));
            world.uc().changeMemberRole().change(new ChangeMemberRole(remoteBruno, world.lab, world.alice,
                    MemberRole.EDITOR));
            // offline, Alice is still an admin of the mirror
            mirror.useCases().changeMemberRole().change(new ChangeMemberRole(alice, lab,
                    new UserId(world.local(world.eve)), MemberRole.EDITOR));

            var report = push();

            assertThat(report.conflicts()).singleElement()
                    .satisfies(conflict -> assertThat(conflict.write()).isInstanceOf(PendingWrite.ChangeRole.class));
            assertThat(members(world.remote, remoteBruno, world.lab))
                    .containsEntry(world.eve.value(), MemberRole.PARTIAL_EDITOR);
            assertThat(members(mirror, alice, lab)).containsEntry(world.local(world.alice), MemberRole.EDITOR)
                    .containsEntry(world.local(world.eve), MemberRole.PARTIAL_EDITOR);
        }

        @Test
        void a_second_push_sends_nothing_again() {
            mirror.useCases().changeMemberRole().change(new ChangeMemberRole(alice, lab,
                    new UserId(world.local(world.bruno)), MemberRole.ADMIN));
            push();

            var again = push();

            assertThat(again.sent()).isZero();
            assertThat(again.conflicts()).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM outbox WHERE state = 'SENT'")).isEqualTo(1);
        }
    }

    @Nested
    class The_outbox {
        @Test
        void holds_each_accepted_write_on_a_mirrored_organization_in_order_with_its_own_key() {
            var bruno = new UserId(world.local(world.bruno));
            mirror.useCases().changeMemberRole().change(new ChangeMemberRole(alice, lab, bruno, MemberRole.ADMIN));
            mirror.useCases().changeMemberRole().change(new ChangeMemberRole(alice, lab, bruno, MemberRole.EDITOR));

            var pending = mirror.mirror().getMirrorStatus().status(new GetMirrorStatus(10)).pending();

            assertThat(pending).extracting(e -> ((PendingWrite.ChangeRole) e.write()).role())
                    .containsExactly(MemberRole.ADMIN, MemberRole.EDITOR);
            assertThat(pending.get(0).sequence()).isLessThan(pending.get(1).sequence());
            assertThat(pending.get(0).idempotencyKey()).isNotEqualTo(pending.get(1).idempotencyKey());
        }

        @Test
        void holds_nothing_of_a_write_the_domain_refused() {
            assertThatThrownBy(() -> mirror.useCases().removeMember().remove(new RemoveMember(alice, lab,
                    new UserId(world.local(world.alice))))).isInstanceOf(RuleBroken.class);

            assertThat(count("SELECT COUNT(*) FROM outbox")).isZero();
            assertThat(count("SELECT COUNT(*) FROM members WHERE organization_id = ?", lab.value())).isEqualTo(3);
        }

        @Test
        void holds_nothing_of_a_write_on_a_local_organization() {
            mirror.useCases().createOrganization().create(new CreateOrganization(alice,
                    new OrganizationDetails("Only Here", null, null, null, null, null)));

            assertThat(count("SELECT COUNT(*) FROM outbox")).isZero();
        }
    }

    @Nested
    class A_write_the_remote_has_no_call_for {
        @Test
        void is_reported_as_a_conflict_and_never_dropped() {
            mirror.useCases().changeDefaultJoinRole().change(
                    new io.memberkit.application.port.in.organization.ChangeDefaultJoinRole(alice, lab,
                            MemberRole.PARTIAL_EDITOR));

            var report = push();

            assertThat(report.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.write()).isEqualTo(new PendingWrite.Unsupported(lab, "DefaultJoinRoleChanged"));
                assertThat(conflict.message()).contains("not supported by udata");
            });
            assertThat(count("SELECT COUNT(*) FROM outbox WHERE state = 'CONFLICT'")).isEqualTo(1);
        }
    }

    @Nested
    class A_conflict {
        private long conflicted() {
            mirror.useCases().removeMember().remove(new RemoveMember(alice, lab, new UserId(world.local(world.eve))));
            world.uc().removeMember().remove(new RemoveMember(Actor.user(world.alice), world.lab, world.eve));
            return push().conflicts().get(0).sequence();
        }

        @Test
        void is_listed_by_the_status_until_discarded() {
            var sequence = conflicted();
            var status = mirror.mirror().getMirrorStatus().status(new GetMirrorStatus(10));
            assertThat(status.conflicts()).extracting(e -> e.sequence()).containsExactly(sequence);

            mirror.mirror().discardConflict().discard(new DiscardConflict(sequence));

            assertThat(mirror.mirror().getMirrorStatus().status(new GetMirrorStatus(10)).conflicts()).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM outbox WHERE state = 'DISCARDED'")).isEqualTo(1);
        }

        @Test
        void retried_goes_back_to_the_outbox_and_is_pushed_again() {
            var sequence = conflicted();

            var retried = mirror.mirror().retryConflict().retry(new RetryConflict(sequence));
            var again = push();

            assertThat(retried.state()).isEqualTo(OutboxState.PENDING);
            assertThat(again.conflicts()).extracting(e -> e.sequence()).containsExactly(sequence);
        }

        @Test
        void only_a_conflict_can_be_retried_or_discarded() {
            mirror.useCases().changeMemberRole().change(new ChangeMemberRole(alice, lab,
                    new UserId(world.local(world.bruno)), MemberRole.ADMIN));
            var sequence = mirror.mirror().getMirrorStatus().status(new GetMirrorStatus(10)).pending().get(0)
                    .sequence();

            assertThatThrownBy(() -> mirror.mirror().retryConflict().retry(new RetryConflict(sequence)))
                    .isInstanceOf(Conflict.class);
            assertThatThrownBy(() -> mirror.mirror().discardConflict().discard(new DiscardConflict(sequence)))
                    .isInstanceOf(Conflict.class);
        }
    }

    @Test
    void the_status_shows_the_last_sync_per_remote() {
        var runs = mirror.mirror().getMirrorStatus().status(new GetMirrorStatus(10)).lastRuns();

        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.origin()).isEqualTo(world.origin());
            assertThat(run.isFinished()).isTrue();
        });
    }
}
