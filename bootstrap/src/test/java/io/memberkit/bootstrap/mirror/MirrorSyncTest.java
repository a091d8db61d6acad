package io.memberkit.bootstrap.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.in.member.ChangeMemberRole;
import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.RemoveMember;
import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.in.mirror.SyncReport;
import io.memberkit.application.port.in.organization.GetOrganization;
import io.memberkit.application.port.in.request.AcceptMembershipRequest;
import io.memberkit.application.port.in.request.ListMembershipRequests;
import io.memberkit.application.port.out.MirrorChange;
import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.bootstrap.wiring.Memberkit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memberkit sync} against {@code memberkit serve} (its own database) into a second, local database: what is
 * mirrored, the counts against both databases, incremental runs, removals, and two remotes in one database.
 */
class MirrorSyncTest {
    private MirrorWorld world;
    private Memberkit mirror;

    @TempDir
    Path dataDir;

    @BeforeEach
    void aRemoteAndAnEmptyMirror() {
        world = new MirrorWorld();
        mirror = world.mirror(dataDir);
    }

    @AfterEach
    void close() {
        mirror.close();
        world.close();
    }

    private SyncReport sync() {
        return mirror.mirror().syncMirror().sync(new SyncMirror(new MirrorScope.Mine(), null));
    }

    private long count(String sql, Object... args) {
        return MirrorWorld.count(dataDir, sql, args);
    }

    @Nested
    class A_first_sync {
        @Test
        void mirrors_the_key_owners_organizations_members_requests_and_assignments() {
            var report = sync();

            var lab = new OrganizationId(world.local(world.lab));
            var members = mirror.useCases().listMembers().list(new ListMembers(Actor.user(world.local(world.alice)),
                    lab, Optional.empty(), PageRequest.firstPage()));
            assertThat(members.items()).extracting(m -> m.user().id().value(), m -> m.member().role())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(world.local(world.alice), MemberRole.ADMIN),
                            org.assertj.core.groups.Tuple.tuple(world.local(world.bruno), MemberRole.EDITOR),
                            org.assertj.core.groups.Tuple.tuple(world.local(world.eve), MemberRole.PARTIAL_EDITOR));
            var requests = mirror.useCases().listMembershipRequests().list(new ListMembershipRequests(
                    Actor.user(world.local(world.alice)), lab, Optional.empty(), Optional.of(RequestStatus.PENDING),
                    PageRequest.firstPage()));
            assertThat(requests.items()).hasSize(2);
            assertThat(count("SELECT COUNT(*) FROM assignments WHERE organization_id = ? AND user_id = ?",
                    lab.value(), world.local(world.eve))).isEqualTo(1);
            assertThat(report.resumed()).isFalse();
            assertThat(report.organizations()).isEqualTo(1);
        }

        @Test
        void counts_what_it_added_as_the_database_holds_it() {
            var counts = sync().counts();

            assertThat(counts.of(MirrorKind.ORGANIZATION, MirrorChange.ADDED))
                    .isEqualTo(count("SELECT COUNT(*) FROM organizations")).isEqualTo(1);
            assertThat(counts.of(MirrorKind.MEMBER, MirrorChange.ADDED))
                    .isEqualTo(count("SELECT COUNT(*) FROM members")).isEqualTo(3);
            assertThat(counts.of(MirrorKind.USER, MirrorChange.ADDED))
                    .isEqualTo(count("SELECT COUNT(*) FROM users")).isEqualTo(4);
            assertThat(counts.of(MirrorKind.REQUEST, MirrorChange.ADDED))
                    .isEqualTo(count("SELECT COUNT(*) FROM membership_requests")).isEqualTo(2);
            assertThat(counts.of(MirrorKind.ASSIGNMENTS, MirrorChange.ADDED))
                    .isEqualTo(count("SELECT COUNT(DISTINCT user_id) FROM assignments")).isEqualTo(1);
            assertThat(counts.total(MirrorChange.UPDATED) + counts.total(MirrorChange.REMOVED)
                    + counts.total(MirrorChange.UNCHANGED)).isZero();
        }

        @Test
        void every_mirrored_row_remembers_its_remote_and_remote_id() {
            sync();

            assertThat(count("SELECT COUNT(*) FROM mirror_origins o JOIN mirror_remotes r ON r.tag = o.remote_tag "
                    + "WHERE o.kind = 'ORGANIZATION' AND o.local_id = ? AND o.remote_id = ? AND r.provider = 'udata' "
                    + "AND r.base_url = ?", world.local(world.lab), world.lab.value(), world.origin().baseUrl()))
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM mirror_origins WHERE kind = 'USER' AND remote_id = ?",
                    world.bruno.value())).isEqualTo(1);
        }

        @Test
        void a_chosen_organization_is_mirrored_alone() {
            var report = mirror.mirror().syncMirror().sync(new SyncMirror(
                    new MirrorScope.Chosen(List.of(world.other.value())), null));

            assertThat(report.counts().of(MirrorKind.ORGANIZATION, MirrorChange.ADDED)).isEqualTo(1);
            assertThat(mirror.useCases().getOrganization().get(new GetOrganization(Actor.anonymous(),
                    world.local(world.other))).name()).isEqualTo("Other Org");
            assertThat(count("SELECT COUNT(*) FROM organizations WHERE id = ?", world.local(world.lab))).isZero();
        }

        @Test
        void an_empty_chosen_list_is_refused_naming_the_field() {
            assertThatThrownBy(() -> new MirrorScope.Chosen(List.of())).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("organizations"));
        }
    }

    @Nested
    class A_second_sync {
        @Test
        void changes_nothing_when_nothing_changed_remotely() {
            sync();

            var counts = sync().counts();

            assertThat(counts.total(MirrorChange.ADDED) + counts.total(MirrorChange.UPDATED)
                    + counts.total(MirrorChange.REMOVED)).isZero();
            assertThat(counts.of(MirrorKind.MEMBER, MirrorChange.UNCHANGED)).isEqualTo(3);
            assertThat(counts.of(MirrorKind.USER, MirrorChange.UNCHANGED)).isEqualTo(4);
            assertThat(count("SELECT COUNT(*) FROM members")).isEqualTo(3);
        }

        @Test
        void changes_what_changed_and_removes_what_disappeared_remotely() {
            sync();
            var admin = Actor.user(world.alice);
            world.uc().changeMemberRole().change(new ChangeMemberRole(admin, world.lab, world.bruno,
                    MemberRole.ADMIN));
            world.uc().removeMember().remove(new RemoveMember(admin, world.lab, world.eve));
            var carlasRequest = world.uc().listMembershipRequests().list(new ListMembershipRequests(admin, world.lab,
                    Optional.of(world.carla), Optional.of(RequestStatus.PENDING), PageRequest.firstPage()))
                    .items().get(0);
            world.uc().acceptMembershipRequest().accept(new AcceptMembershipRequest(admin, world.lab,
                    carlasRequest.id(), MemberRole.EDITOR, Set.of()));

            var counts = sync().counts();

            assertThat(counts.of(MirrorKind.MEMBER, MirrorChange.ADDED)).isEqualTo(1);
            assertThat(counts.of(MirrorKind.MEMBER, MirrorChange.UPDATED)).isEqualTo(1);
            assertThat(counts.of(MirrorKind.MEMBER, MirrorChange.REMOVED)).isEqualTo(1);
            assertThat(counts.of(MirrorKind.MEMBER, MirrorChange.UNCHANGED)).isEqualTo(1);
            assertThat(counts.of(MirrorKind.REQUEST, MirrorChange.REMOVED)).isEqualTo(1);
            assertThat(counts.of(MirrorKind.ASSIGNMENTS, MirrorChange.REMOVED)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM members")).isEqualTo(3);
            assertThat(count("SELECT COUNT(*) FROM members WHERE user_id = ? AND role = 'admin'",
                    world.local(world.bruno))).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM members WHERE user_id = ?", world.local(world.eve))).isZero();
            assertThat(count("SELECT COUNT(*) FROM assignments")).isZero();
            assertThat(count("SELECT members_count FROM organizations WHERE id = ?", world.local(world.lab)))
                    .isEqualTo(3);
        }
    }

    @Nested
    class An_organization_gone_from_the_scope {
        @Test
        void is_removed_locally_with_everything_in_it() {
            var second = world.createOrganization(world.alice, "Second Lab");
            world.uc().addMember().add(new io.memberkit.application.port.in.member.AddMember(Actor.user(world.alice),
                    second, world.bruno, MemberRole.ADMIN));
            sync();
            assertThat(count("SELECT COUNT(*) FROM members WHERE organization_id = ?", world.local(second)))
                    .isEqualTo(2);
            world.uc().leaveOrganization().leave(new io.memberkit.application.port.in.member.LeaveOrganization(
                    Actor.user(world.alice), second));

            var counts = sync().counts();

            assertThat(counts.of(MirrorKind.ORGANIZATION, MirrorChange.REMOVED)).isEqualTo(1);
            assertThat(counts.of(MirrorKind.ORGANIZATION, MirrorChange.UNCHANGED)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM organizations WHERE id = ?", world.local(second))).isZero();
            assertThat(count("SELECT COUNT(*) FROM members WHERE organization_id = ?", world.local(second))).isZero();
            assertThat(count("SELECT COUNT(*) FROM mirror_origins WHERE organization_id = ?", world.local(second)))
                    .isZero();
        }

        @Test
        void is_kept_by_a_sync_of_a_chosen_list_that_does_not_name_it() {
            sync();

            mirror.mirror().syncMirror().sync(new SyncMirror(new MirrorScope.Chosen(List.of(world.other.value())),
                    null));

            assertThat(count("SELECT COUNT(*) FROM organizations WHERE id = ?", world.local(world.lab)))
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM organizations")).isEqualTo(2);
        }
    }

    @Nested
    class Two_remotes_in_one_database {
        @Test
        void are_mirrored_side_by_side_without_collisions() {
            var shared = dataDir.resolve("both");
            try (var second = new MirrorWorld()) {
                try (var one = world.mirror(shared)) {
                    one.mirror().syncMirror().sync(new SyncMirror(null, null));
                }
                try (var two = second.mirror(shared)) {
                    two.mirror().syncMirror().sync(new SyncMirror(null, null));

                    var slugs = new ArrayList<String>();
                    for (var id : List.of(world.local(world.lab), second.local(second.lab))) {
                        slugs.add(two.useCases().getOrganization().get(new GetOrganization(Actor.anonymous(), id))
                                .slug().value());
                    }
                    assertThat(slugs).containsExactlyInAnyOrder("open-data-lab", "open-data-lab-1");
                }
                assertThat(MirrorWorld.count(shared, "SELECT COUNT(*) FROM organizations")).isEqualTo(2);
                assertThat(MirrorWorld.count(shared, "SELECT COUNT(*) FROM members")).isEqualTo(6);
                assertThat(MirrorWorld.count(shared, "SELECT COUNT(DISTINCT remote_tag) FROM mirror_origins"))
                        .isEqualTo(2);
                assertThat(world.origin().tag()).isNotEqualTo(second.origin().tag());
            }
        }
    }
}
