package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static io.memberkit.adapter.http.udata.fake.UdataFixtures.assignment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.http.common.PassThroughUnitOfWork;
import io.memberkit.adapter.http.common.ProvisionalIds;
import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UdataAssignmentFollowSubjectTest extends UdataTestSupport {
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);
    private static final String SIG_PATH = "/organizations/" + UdataFixtures.SIG_ID + "/";
    private static final UserId MICHAEL = new UserId("5c5eb91e8b4c413baad800d1");
    private static final UserId OTHER = new UserId("664206d300b24d7b75f5eefc");

    @BeforeEach
    void keyOwner() {
        signedInAsMe();
    }

    @Nested
    class Assignments {
        private String list() {
            return "[" + String.join(",",
                    assignment("a3", OTHER.value(), "Reuse", "r1", "2025-03-03T10:00:00+00:00"),
                    assignment("a2", MICHAEL.value(), "Dataset", "d2", "2025-03-02T10:00:00+00:00"),
                    assignment("a1", MICHAEL.value(), "Dataset", "d1", "2025-03-01T10:00:00.5")) + "]";
        }

        @Test
        void the_organizations_assignments_are_mapped_and_paged_here_by_user_then_subject() {
            udata.on("GET", SIG_PATH + "assignments/", Reply.ok(list()));

            var page = adapter.assignments().list(SIG, new PageRequest(1, 2));

            assertThat(page.items()).containsExactly(
                    new Assignment(SIG, MICHAEL, SubjectRef.dataset("d1"), Instant.parse("2025-03-01T10:00:00.5Z")),
                    new Assignment(SIG, MICHAEL, SubjectRef.dataset("d2"), Instant.parse("2025-03-02T10:00:00Z")));
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.hasNext()).isTrue();
            assertThat(udata.onlyRequest().line()).isEqualTo("GET " + SIG_PATH + "assignments/");
        }

        @Test
        void one_members_assignments() {
            udata.on("GET", SIG_PATH + "assignments/", Reply.ok(list()));

            assertThat(adapter.assignments().of(SIG, OTHER)).containsExactly(
                    new Assignment(SIG, OTHER, SubjectRef.reuse("r1"), Instant.parse("2025-03-03T10:00:00Z")));
        }

        @Test
        void replacing_puts_the_whole_set_and_returns_udatas_answer() {
            udata.on("PUT", SIG_PATH + "member/" + MICHAEL.value() + "/assignments/", Reply.ok("[" + String.join(",",
                    assignment("a4", MICHAEL.value(), "Dataservice", "s1", "2025-04-01T00:00:00+00:00"),
                    assignment("a1", MICHAEL.value(), "Dataset", "d1", "2025-03-01T10:00:00+00:00")) + "]"));

            var replaced = adapter.assignments().replace(SIG, MICHAEL, Set.of(
                    new SubjectRef(SubjectClass.DATASERVICE, "s1"), SubjectRef.dataset("d1")), Instant.EPOCH);

            var request = udata.onlyRequest();
            assertThat(request.line()).isEqualTo("PUT " + SIG_PATH + "member/" + MICHAEL.value() + "/assignments/");
            assertThat(json(request.body())).isEqualTo(json("""
                    [{"class": "Dataset", "id": "d1"}, {"class": "Dataservice", "id": "s1"}]"""));
            assertThat(replaced).extracting(Assignment::subject).containsExactly(SubjectRef.dataset("d1"),
                    new SubjectRef(SubjectClass.DATASERVICE, "s1"));
        }

        @Test
        void replacing_with_nothing_sends_an_empty_list() {
            udata.on("PUT", SIG_PATH + "member/" + MICHAEL.value() + "/assignments/", Reply.ok("[]"));

            assertThat(adapter.assignments().replace(SIG, MICHAEL, Set.of(), Instant.EPOCH)).isEmpty();
            assertThat(json(udata.onlyRequest().body())).isEqualTo(List.of());
        }

        @Test
        void an_object_of_another_organization_is_invalid_input_on_assignments() {
            udata.on("PUT", SIG_PATH + "member/" + MICHAEL.value() + "/assignments/", Reply.json(400,
                    "{\"errors\": {\"assignments\": \"Dataset 'd9' does not belong to this organization\"}, \"message\": \"Validation error\"}"));

            assertThatThrownBy(() -> adapter.assignments().replace(SIG, MICHAEL, Set.of(SubjectRef.dataset("d9")),
                    Instant.EPOCH)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors()).isEqualTo(Map.of("assignments",
                            List.of("Dataset 'd9' does not belong to this organization"))));
        }

        @Test
        void an_editor_may_not_manage_assignments() {
            udata.on("PUT", SIG_PATH + "member/" + MICHAEL.value() + "/assignments/", Reply.message(403,
                    "You do not have the permission to modify that object."));

            assertThatThrownBy(() -> adapter.assignments().replace(SIG, MICHAEL, Set.of(), Instant.EPOCH))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Nested
    class Follows {
        private final FollowTarget sig = new FollowTarget.OfOrganization(SIG);
        private final FollowTarget michael = new FollowTarget.OfUser(MICHAEL);

        private String followers(String... ids) {
            var items = java.util.Arrays.stream(ids).map(id -> """
                    {"id": "f-%s", "follower": {"class": "User", "id": "%s", "first_name": "F", "last_name": "L",
                     "slug": "f-l", "avatar": null, "page": "p", "uri": "u"}, "since": "2024-04-14T00:00:00+00:00"}"""
                    .formatted(id, id)).toList();
            return UdataFixtures.page(String.join(",", items), 1, 20, 7, "https://www.data.gouv.fr/api/1/x/?page=2");
        }

        @Test
        void followers_of_an_organization_are_paged_by_udata() {
            udata.on("GET", SIG_PATH + "followers/", Reply.ok(followers(ME, OTHER.value())));

            var page = adapter.follows().followers(sig, new PageRequest(1, 20));

            assertThat(page.items()).containsExactly(
                    new Follow(new UserId(ME), sig, Instant.parse("2024-04-14T00:00:00Z")),
                    new Follow(OTHER, sig, Instant.parse("2024-04-14T00:00:00Z")));
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.hasNext()).isTrue();
            assertThat(udata.onlyRequest().query()).isEqualTo(Map.of("page", List.of("1"), "page_size", List.of("20")));
        }

        @Test
        void find_asks_for_the_one_follower() {
            udata.on("GET", "/users/" + MICHAEL.value() + "/followers/", Reply.ok(followers(ME)));

            assertThat(adapter.follows().find(new UserId(ME), michael)).map(Follow::follower).contains(new UserId(ME));
            assertThat(udata.lastRequest().query()).isEqualTo(Map.of("user", List.of(ME), "page", List.of("1"),
                    "page_size", List.of("1")));
        }

        @Test
        void not_following_and_an_unknown_target_find_nothing() {
            udata.on("GET", SIG_PATH + "followers/", Reply.ok(UdataFixtures.page("", 1, 1, 0, null)));

            assertThat(adapter.follows().find(new UserId(ME), sig)).isEmpty();
            assertThat(adapter.follows().find(new UserId(ME), new FollowTarget.OfUser(new UserId("ghost")))).isEmpty();
        }

        @Test
        void count_reads_the_total() {
            udata.on("GET", SIG_PATH + "followers/", Reply.ok(followers(ME)));

            assertThat(adapter.follows().count(sig)).isEqualTo(7);
            assertThat(udata.lastRequest().queryValue("page_size")).isEqualTo("1");
        }

        @Test
        void the_key_owner_follows_and_unfollows() {
            udata.on("POST", "/users/" + MICHAEL.value() + "/followers/", Reply.json(201, "{\"followers\": 1}"));
            udata.on("DELETE", SIG_PATH + "followers/", Reply.ok("{\"followers\": 0}"));
            var now = Instant.parse("2024-04-14T00:00:00Z");

            adapter.follows().follow(new Follow(new UserId(ME), michael, now));
            adapter.follows().unfollow(new Follow(new UserId(ME), sig, now));

            assertThat(udata.requests()).extracting(r -> r.line()).endsWith(
                    "POST /users/" + MICHAEL.value() + "/followers/", "DELETE " + SIG_PATH + "followers/");
        }

        @Test
        void following_oneself_is_forbidden_and_unfollowing_what_one_does_not_follow_not_found() {
            udata.on("POST", "/users/" + ME + "/followers/", Reply.message(403, "You can't follow yourself"));
            udata.on("DELETE", SIG_PATH + "followers/", Reply.message(404, "Not found"));
            var now = Instant.EPOCH;

            assertThatThrownBy(() -> adapter.follows().follow(new Follow(new UserId(ME),
                    new FollowTarget.OfUser(new UserId(ME)), now))).isInstanceOf(Forbidden.class)
                    .hasMessage("You can't follow yourself");
            assertThatThrownBy(() -> adapter.follows().unfollow(new Follow(new UserId(ME), sig, now)))
                    .isInstanceOf(NotFound.class);
        }

        @Test
        void following_on_behalf_of_someone_else_is_not_supported() {
            assertThatThrownBy(() -> adapter.follows().follow(new Follow(OTHER, sig, Instant.EPOCH)))
                    .isInstanceOf(BackendFailure.NotSupported.class).hasMessageContaining("not supported by udata");
            assertThat(udata.requests()).noneMatch(r -> r.method().equals("POST"));
        }
    }

    @Nested
    class Subjects {
        @Test
        void each_class_is_read_from_its_endpoint_for_its_owner() {
            var owned = "{\"id\": \"%s\", \"organization\": {\"class\": \"Organization\", \"id\": \"" + SIG.value()
                    + "\", \"name\": \"SIG\"}, \"title\": \"t\"}";
            udata.on("GET", "/datasets/d1/", Reply.ok(owned.formatted("d1")));
            udata.on("GET", "/reuses/r1/", Reply.ok(owned.formatted("r1")));
            udata.on("GET", "/dataservices/s1/", Reply.ok(owned.formatted("s1")));

            assertThat(adapter.subjects().find(SubjectRef.dataset("d1")))
                    .contains(new Subject(SubjectRef.dataset("d1"), SIG));
            assertThat(adapter.subjects().find(SubjectRef.reuse("r1"))).map(Subject::owner).contains(SIG);
            assertThat(adapter.subjects().find(new SubjectRef(SubjectClass.DATASERVICE, "s1"))).map(Subject::owner)
                    .contains(SIG);
            assertThat(udata.requests()).extracting(r -> r.header("X-Fields")).containsOnly("id,organization{id}");
        }

        @Test
        void an_object_owned_by_a_user_unknown_or_deleted_is_no_organizations_subject() {
            udata.on("GET", "/datasets/mine/", Reply.ok("{\"id\": \"mine\", \"organization\": null, \"owner\": {\"id\": \"u\"}}"));
            udata.on("GET", "/datasets/deleted/", Reply.message(410, "Dataset has been deleted"));

            assertThat(adapter.subjects().find(SubjectRef.dataset("mine"))).isEmpty();
            assertThat(adapter.subjects().find(SubjectRef.dataset("deleted"))).isEmpty();
            assertThat(adapter.subjects().find(SubjectRef.dataset("unknown"))).isEmpty();
        }

        @Test
        void udata_owns_its_objects_so_registering_or_removing_one_is_not_supported() {
            var subject = new Subject(SubjectRef.dataset("d1"), SIG);

            assertThatThrownBy(() -> adapter.subjects().register(subject, Optional.empty()))
                    .isInstanceOf(BackendFailure.NotSupported.class).hasMessageEndingWith("is not supported by udata");
            assertThatThrownBy(() -> adapter.subjects().remove(subject.ref()))
                    .isInstanceOf(BackendFailure.NotSupported.class);
            assertThat(udata.requests()).isEmpty();
        }
    }

    @Nested
    class UnitOfWorkAndIds {
        @Test
        void a_unit_of_work_just_runs_the_work_each_call_being_its_own_transaction() {
            assertThat(adapter.unitOfWork().write(() -> 42)).isEqualTo(42);
            assertThat(adapter.unitOfWork().read(() -> "read")).isEqualTo("read");
            assertThatThrownBy(() -> adapter.unitOfWork().write(() -> {
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void provisional_ids_are_unique_and_recognisable() {
            var ids = adapter.ids();
            var a = ids.newUser().value();
            var b = ids.newUser().value();

            assertThat(a).isNotEqualTo(b).startsWith(ProvisionalIds.PREFIX);
            assertThat(ProvisionalIds.isProvisional(ids.newOrganization().value())).isTrue();
            assertThat(ProvisionalIds.isProvisional(ids.newMembershipRequest().value())).isTrue();
            assertThat(ProvisionalIds.isProvisional(UdataFixtures.SIG_ID)).isFalse();
        }

        @Test
        void the_adapter_hands_out_a_full_set_of_ports() {
            var local = new io.memberkit.application.fake.InMemoryStore(java.time.Clock.systemUTC()).ports();
            var ports = adapter.ports(local.apiKeys(), local.events(), java.time.Clock.systemUTC());

            assertThat(ports.users()).isSameAs(adapter.users());
            assertThat(ports.members()).isSameAs(adapter.members());
            assertThat(ports.unitOfWork()).isInstanceOf(PassThroughUnitOfWork.class);
            assertThat(ports.ids()).isInstanceOf(ProvisionalIds.class);
        }
    }
}
