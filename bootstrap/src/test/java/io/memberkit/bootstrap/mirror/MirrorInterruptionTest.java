package io.memberkit.bootstrap.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.in.audit.ListAuditTrail;
import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.mirror.PushOutbox;
import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.out.MirrorChange;
import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupted syncs and pushes: a child JVM killed with SIGKILL ({@code Process.destroyForcibly}) once its checkpoint
 * has advanced, then the same work resumed, and both databases checked for duplicates and for anything lost or sent
 * twice. Also the half-sent entry on its own, deterministically: marked as being sent, with and without the remote
 * having received it.
 */
class MirrorInterruptionTest {
    private static final int ORGANIZATIONS = 200;
    private static final int MEMBERS = 60;
    private MirrorWorld world;

    @TempDir
    Path dataDir;

    @BeforeEach
    void aRemote() {
        world = new MirrorWorld();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private long count(String sql, Object... args) {
        return MirrorWorld.count(dataDir, sql, args);
    }

    /** How many times the remote's audit trail says {@code type} happened in {@code organization}. */
    private long remoteEvents(OrganizationId organization, String type) {
        return world.uc().listAuditTrail().list(new ListAuditTrail(Actor.user(world.alice), organization,
                new PageRequest(1, 1000))).items().stream().filter(e -> e.type().equals(type)).count();
    }

    @Nested
    class A_sync_killed_midway {
        @Test
        void resumes_from_its_checkpoint_with_no_duplicate_rows_and_the_whole_runs_counts() throws Exception {
            for (int i = 0; i < ORGANIZATIONS; i++) {
                world.createOrganization(world.alice, "Organization " + i);
            }
            var child = ChildJvm.start(world.aliceKey, List.of(), "sync", dataDir.toString(),
                    world.server.url().toString(), "mine", "10");
            assertThat(child.readUntil(line -> line.startsWith("done ") && ChildJvm.number(line) >= 40)).isTrue();
            child.kill();
            assertThat(child.lines()).noneMatch(line -> line.startsWith("finished"));
            // H2 flushes commits to disk within its write delay (0.5 s): the last few may be lost with the
            // process, and the resumed run mirrors them again
            long committed = count("SELECT COUNT(*) FROM organizations");
            assertThat(committed).isPositive().isLessThan(ORGANIZATIONS + 1);
            assertThat(count("SELECT COUNT(*) FROM mirror_origins WHERE kind = 'ORGANIZATION'")).isEqualTo(committed);
            assertThat(count("SELECT COUNT(*) FROM mirror_runs WHERE finished IS NULL")).isEqualTo(1);

            try (var mirror = world.mirror(dataDir)) {
                var report = mirror.mirror().syncMirror().sync(new SyncMirror(null, null));

                assertThat(report.resumed()).isTrue();
                assertThat(report.counts().of(MirrorKind.ORGANIZATION, MirrorChange.ADDED))
                        .isEqualTo(count("SELECT COUNT(*) FROM organizations")).isEqualTo(ORGANIZATIONS + 1);
                assertThat(report.counts().of(MirrorKind.MEMBER, MirrorChange.ADDED))
                        .isEqualTo(count("SELECT COUNT(*) FROM members")).isEqualTo(ORGANIZATIONS + 3);
            }
            assertThat(count("SELECT COUNT(*) FROM mirror_origins WHERE kind = 'ORGANIZATION'"))
                    .isEqualTo(ORGANIZATIONS + 1);
            assertThat(count("SELECT COUNT(*) FROM mirror_runs WHERE finished IS NULL")).isZero();
        }

        @Test
        void a_sync_that_was_not_interrupted_starts_a_new_run() {
            try (var mirror = world.mirror(dataDir)) {
                mirror.mirror().syncMirror().sync(new SyncMirror(null, null));

                var second = mirror.mirror().syncMirror().sync(new SyncMirror(null, null));

                assertThat(second.resumed()).isFalse();
                assertThat(second.counts().of(MirrorKind.ORGANIZATION, MirrorChange.UNCHANGED)).isEqualTo(1);
            }
        }
    }

    @Nested
    class A_push_killed_midway {
        @Test
        void loses_nothing_and_sends_nothing_twice() throws Exception {
            var people = new ArrayList<UserId>();
            for (int i = 0; i < MEMBERS; i++) {
                var user = world.register("Member", "Number" + i, "member" + i + "@example.org");
                world.uc().addMember().add(new AddMember(Actor.user(world.alice), world.lab, user, MemberRole.EDITOR));
                people.add(user);
            }
            try (var mirror = world.mirror(dataDir)) {
                mirror.mirror().syncMirror().sync(new SyncMirror(null, null));
                var alice = Actor.user(world.local(world.alice));
                for (var user : people) {
                    mirror.useCases().changeMemberRole().change(new ChangeMemberRole(alice,
                            new OrganizationId(world.local(world.lab)), new UserId(world.local(user)),
                            MemberRole.ADMIN));
                }
            }
            var child = ChildJvm.start(world.aliceKey, List.of(), "push", dataDir.toString(),
                    world.server.url().toString());
            assertThat(child.readUntil(line -> line.startsWith("pushed ") && ChildJvm.number(line) >= 15)).isTrue();
            child.kill();
            assertThat(child.lines()).noneMatch(line -> line.startsWith("finished"));
            assertThat(count("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')")).isPositive();

            try (var mirror = world.mirror(dataDir)) {
                var report = mirror.mirror().pushOutbox().push(PushOutbox.ALL);

                assertThat(report.conflicts()).isEmpty();
                assertThat(report.pending()).isZero();
            }
            assertThat(count("SELECT COUNT(*) FROM outbox WHERE state = 'SENT'")).isEqualTo(MEMBERS);
            var remoteMembers = world.uc().listMembers().list(new ListMembers(Actor.user(world.alice), world.lab,
                    Optional.of(MemberRole.ADMIN), new PageRequest(1, 1000))).items();
            assertThat(remoteMembers).extracting(m -> m.user().id()).containsAll(people);
            assertThat(remoteEvents(world.lab, "MemberRoleChanged")).isEqualTo(MEMBERS);
        }
    }

    @Nested
    class An_entry_left_half_sent {
        private Path markedSending() {
            try (var mirror = world.mirror(dataDir)) {
                mirror.mirror().syncMirror().sync(new SyncMirror(null, null));
                mirror.useCases().changeMemberRole().change(new ChangeMemberRole(
                        Actor.user(world.local(world.alice)), new OrganizationId(world.local(world.lab)),
                        new UserId(world.local(world.bruno)), MemberRole.ADMIN));
            }
            execute("UPDATE outbox SET state = 'SENDING'");
            return dataDir;
        }

        private void execute(String sql) {
            try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath()
                    + "/memberkit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
                 var statement = connection.createStatement()) {
                statement.executeUpdate(sql);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void is_not_sent_again_when_the_remote_has_it() {
            markedSending();
            // the killed push had sent it before it could record so
            world.uc().changeMemberRole().change(new ChangeMemberRole(Actor.user(world.alice), world.lab, world.bruno,
                    MemberRole.ADMIN));

            try (var mirror = world.mirror(dataDir)) {
                var report = mirror.mirror().pushOutbox().push(PushOutbox.ALL);

                assertThat(report.alreadyApplied()).isEqualTo(1);
                assertThat(report.sent()).isZero();
            }
            assertThat(remoteEvents(world.lab, "MemberRoleChanged")).isEqualTo(1);
        }

        @Test
        void is_sent_when_the_remote_never_got_it() {
            markedSending();

            try (var mirror = world.mirror(dataDir)) {
                var report = mirror.mirror().pushOutbox().push(PushOutbox.ALL);

                assertThat(report.sent()).isEqualTo(1);
                assertThat(report.alreadyApplied()).isZero();
            }
            assertThat(remoteEvents(world.lab, "MemberRoleChanged")).isEqualTo(1);
        }
    }
}
