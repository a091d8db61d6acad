package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.memberkit.adapter.http.common.PageWalker;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.fake.FakeUdata;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A 2,000-member organization. Its members travel in one organization payload (uData does not page them): the
 * member list pages that payload here. Reading all its members' accounts goes through uData's paged user list,
 * walked lazily: one page held at a time, page N+1 asked for only once page N is used up.
 */
class LargeOrganizationPagingTest extends UdataTestSupport {
    private static final int MEMBERS = 2_000;
    private static final int PAGE = 100;
    private static final OrganizationId BIG = new OrganizationId("big-org");
    private static final Instant JOINED = Instant.parse("2020-01-01T00:00:00Z");

    private static String id(int n) {
        return "u%04d".formatted(n);
    }

    private static String bigOrganization() {
        var members = IntStream.range(0, MEMBERS).mapToObj(n -> """
                {"role": "%s", "since": "%s", "user": {"class": "User", "id": "%s", "first_name": "Member",
                 "last_name": "N%d", "slug": "member-n%d", "avatar": null, "email": null}}"""
                .formatted(n % 100 == 0 ? "admin" : "editor", JOINED.plusSeconds(n), id(n), n, n))
                .collect(Collectors.joining(","));
        return """
                {"id": "big-org", "name": "Big", "slug": "big", "description": "d", "created_at": "2020-01-01",
                 "badges": [], "members": [%s], "metrics": {"members": %d}}""".formatted(members, MEMBERS);
    }

    private static FakeUdata.Reply usersPage(FakeUdata.Recorded request) {
        int page = Integer.parseInt(request.queryValue("page"));
        int size = Integer.parseInt(request.queryValue("page_size"));
        var items = IntStream.range((page - 1) * size, Math.min(page * size, MEMBERS)).mapToObj(n -> """
                {"id": "%s", "slug": "member-n%d", "first_name": "Member", "last_name": "N%d", "email": null,
                 "roles": [], "active": true, "since": "2019-06-01T00:00:00+00:00", "organizations": []}"""
                .formatted(id(n), n, n)).collect(Collectors.joining(","));
        // uData writes absolute next_page links with its own public host: only their query is followed
        var next = page * size < MEMBERS
                ? "\"https://www.data.gouv.fr/api/1/users/?q=member&page=" + (page + 1) + "&page_size=" + size + "\""
                : "null";
        return Reply.ok("""
                {"data": [%s], "page": %d, "page_size": %d, "total": %d, "next_page": %s, "previous_page": null}"""
                .formatted(items, page, size, MEMBERS, next));
    }

    @Test
    void the_member_list_pages_the_one_payload_here() {
        udata.on("GET", "/organizations/big-org/", Reply.ok(bigOrganization()));

        var third = adapter.members().list(BIG, Optional.empty(), new PageRequest(3, PAGE));
        var admins = adapter.members().list(BIG, Optional.of(MemberRole.ADMIN), new PageRequest(1, PAGE));
        var last = adapter.members().list(BIG, Optional.empty(), new PageRequest(MEMBERS / PAGE, PAGE));

        assertThat(third.items()).hasSize(PAGE);
        assertThat(third.items().get(0).member().user()).isEqualTo(new UserId(id(200)));
        assertThat(third.items().get(PAGE - 1).member().user()).isEqualTo(new UserId(id(299)));
        assertThat(third.total()).isEqualTo(MEMBERS);
        assertThat(third.hasNext()).isTrue();
        assertThat(admins.items()).hasSize(MEMBERS / 100);
        assertThat(admins.hasNext()).isFalse();
        assertThat(last.hasNext()).isFalse();
        assertThat(adapter.members().countAdmins(BIG)).isEqualTo(20);
    }

    @Test
    void every_members_account_is_walked_one_page_at_a_time_following_next_page() {
        udata.on("GET", "/users/", LargeOrganizationPagingTest::usersPage);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            var walker = adapter.client().<UdataUser>walker(link -> link
                    .map(query -> RemoteCall.get("/users/").queryOf(query))
                    .orElseGet(() -> RemoteCall.get("/users/").query("q", "member").query("page", 1)
                            .query("page_size", PAGE)), UdataUser.class);
            assertThat(udata.requests()).as("nothing is fetched before the first item is asked for").isEmpty();

            for (int n = 0; n < MEMBERS; n++) {
                assertThat(walker.hasNext()).isTrue();
                var user = walker.next();
                assertThat(user.id()).isEqualTo(id(n));
                int page = n / PAGE + 1;
                assertThat(udata.requests()).as("after item %d, pages fetched", n).hasSize(page);
                assertThat(walker.held()).isLessThanOrEqualTo(PAGE);
            }
            assertThat(walker.hasNext()).isFalse();
            assertThat(walker.pagesFetched()).isEqualTo(MEMBERS / PAGE);
        });
        var requests = udata.requests();
        assertThat(requests).hasSize(MEMBERS / PAGE);
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            assertThat(request.line()).isEqualTo("GET /users/");
            assertThat(request.queryValue("page")).isEqualTo(String.valueOf(i + 1));
            assertThat(request.queryValue("page_size")).isEqualTo(String.valueOf(PAGE));
            assertThat(request.queryValue("q")).isEqualTo("member");
            assertThat(request.header("X-API-KEY")).isEqualTo(API_KEY);
        }
    }

    @Test
    void the_repository_stream_is_lazy_too() {
        udata.on("GET", "/users/", LargeOrganizationPagingTest::usersPage);

        var first150 = adapter.users().stream(new UserQuery(Optional.of("member"), null), PAGE).limit(150)
                .map(User::id).toList();

        assertThat(first150).hasSize(150).startsWith(new UserId(id(0))).endsWith(new UserId(id(149)));
        assertThat(udata.requests()).hasSize(2);
        assertThat(udata.requests().get(0).queryValue("sort")).isEqualTo("-created");
    }

    @Test
    void the_mirror_asks_for_the_next_page_of_organizations_while_the_current_one_is_used() throws Exception {
        udata.on("GET", "/organizations/", request -> {
            int page = Integer.parseInt(request.queryValue("page"));
            var items = IntStream.range(0, 2).mapToObj(n -> """
                    {"id": "org-%d-%d", "name": "Org %d %d", "slug": "org-%d-%d", "description": "d",
                     "created_at": "2020-01-01", "badges": [], "members": [], "metrics": {"members": 0}}"""
                    .formatted(page, n, page, n, page, n)).collect(Collectors.joining(","));
            var next = page < 2 ? "\"https://www.data.gouv.fr/api/1/organizations/?page=2&page_size=100\"" : "null";
            return Reply.ok("""
                    {"data": [%s], "page": %d, "page_size": 100, "total": 4, "next_page": %s, "previous_page": null}"""
                    .formatted(items, page, next));
        });

        try (var organizations = adapter.mirrorSource().organizations(new MirrorScope.All())) {
            var walk = organizations.iterator();
            assertThat(walk.next().organization().id()).isEqualTo(new OrganizationId("org-1-0"));

            // the sync is still on page 1, and page 2 is asked for already
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                while (udata.requests().size() < 2) {
                    Thread.sleep(10);
                }
            });
            assertThat(udata.requests().get(1).queryValue("page")).isEqualTo("2");
            var rest = new java.util.ArrayList<String>();
            walk.forEachRemaining(o -> rest.add(o.organization().id().value()));
            assertThat(rest).containsExactly("org-1-1", "org-2-0", "org-2-1");
            assertThat(udata.requests()).hasSize(2);
        }
    }

    @Test
    void a_walk_stops_when_the_remote_points_at_the_same_page_again() {
        udata.on("GET", "/users/", request -> Reply.ok("""
                {"data": [], "page": 1, "page_size": 10, "total": 5,
                 "next_page": "https://www.data.gouv.fr/api/1/users/?page=2", "previous_page": null}"""));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            var walker = new PageWalker<UdataUser>(link -> new PageWalker.Batch<>(java.util.List.of(),
                    Optional.of("https://example.org/?page=2")));
            assertThat(walker.hasNext()).isFalse();
            assertThat(walker.pagesFetched()).isEqualTo(2);
            assertThat(adapter.users().stream(UserQuery.all(), 10).count()).isZero();
        });
    }
}
