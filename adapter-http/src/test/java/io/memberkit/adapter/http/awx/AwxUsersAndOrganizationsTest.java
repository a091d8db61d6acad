package io.memberkit.adapter.http.awx;

import static io.memberkit.adapter.http.fake.FakeRemote.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.memberkit.adapter.http.awx.wire.AwxOrganization;
import io.memberkit.adapter.http.awx.wire.AwxPage;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** AWX's users, "me" and organizations, from real payloads, as memberkit's; the requests as AWX expects them. */
class AwxUsersAndOrganizationsTest extends AwxTestSupport {
    private static final Instant DEFAULT_CREATED = Instant.parse("2018-12-01T12:10:00.152668Z");

    @Nested
    class Me {
        @Test
        void is_the_one_user_of_the_me_envelope_asked_with_basic_credentials() {
            signedInAsAdmin();
            try (var fresh = AwxAdapter.create(configuration())) {
                assertThat(fresh.owner()).contains(ME);
                assertThat(fresh.owner()).contains(ME);
            }
            var request = awx.onlyRequest();
            assertThat(request.line()).isEqualTo("GET /api/v2/me/");
            assertThat(request.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            assertThat(request.header("Accept")).isEqualTo("application/json");
        }

        @Test
        void is_mapped_field_by_field_and_the_empty_names_are_the_user_name() {
            signedInAsAdmin();

            var me = adapter.users().find(ME).orElseThrow();

            assertThat(me).isEqualTo(new User(ME, new Slug("admin"), "admin", "admin",
                    new EmailAddress("test@example.com"), null, null, null, Set.of(SiteRole.ADMIN), true,
                    Instant.parse("2021-04-07T10:44:39.128247Z"), Instant.parse("2021-04-07T11:38:11.322417Z"), null, false));
            assertThat(awx.requests()).extracting(r -> r.line()).containsOnly("GET /api/v2/me/");
        }

        @Test
        void keeps_what_memberkits_model_has_no_place_for_in_the_wire_record() {
            signedInAsAdmin();

            var me = adapter.client().me();

            assertThat(me.isSystemAuditor()).isFalse();
            assertThat(me.ldapDn()).isEmpty();
            assertThat(me.externalAccount()).isNull();
            assertThat(me.type()).isEqualTo("user");
            assertThat(me.url()).isEqualTo("/api/v2/users/1/");
        }

        @Test
        void a_token_is_sent_as_bearer() {
            signedInAsAdmin();
            try (var withToken = AwxAdapter.create(configuration().withCredentials("pat-0123456789"))) {
                withToken.owner();
            }
            assertThat(awx.onlyRequest().header("Authorization")).isEqualTo("Bearer pat-0123456789");
        }

        @Test
        void a_me_envelope_without_exactly_one_user_is_a_bad_answer() {
            awx.on("GET", "/api/v2/me/", Reply.ok(AwxFixtures.envelope(List.of())));
            try (var fresh = AwxAdapter.create(configuration())) {
                assertThatThrownBy(fresh::owner).isInstanceOf(BackendFailure.BadAnswer.class)
                        .hasMessageContaining("GET /api/v2/me/").hasMessageContaining("not exactly one");
            }
            awx.on("GET", "/api/v2/me/", Reply.ok(AwxFixtures.envelope(List.of(
                    AwxFixtures.user(1, "a", "A", "A", "2020-01-01T00:00:00Z"),
                    AwxFixtures.user(2, "b", "B", "B", "2020-01-01T00:00:00Z")))));
            try (var fresh = AwxAdapter.create(configuration())) {
                assertThatThrownBy(fresh::owner).isInstanceOf(BackendFailure.BadAnswer.class);
            }
        }
    }

    @Nested
    class Users {
        @Test
        void another_user_is_read_from_their_own_url() {
            signedInAsAdmin();
            awx.on("GET", "/api/v2/users/2/", Reply.ok(AwxFixtures.read("real-user-update-awx-go-mock.json")
                    .replace("\"id\": 1,", "\"id\": 2,")));

            var user = adapter.users().find(new UserId("awx:2")).orElseThrow();

            assertThat(user).isEqualTo(new User(new UserId("awx:2"), new Slug("admin"), "admin", "admin",
                    new EmailAddress("admin@example.net"), null, null, null, Set.of(SiteRole.ADMIN), true,
                    Instant.parse("2017-09-06T02:55:30.492Z"), null, null, false));
            assertThat(awx.requests()).extracting(r -> r.line()).endsWith("GET /api/v2/users/2/");
        }

        @Test
        void an_unknown_user_is_absent_and_an_id_of_another_provider_asks_nothing() {
            signedInAsAdmin();

            assertThat(adapter.users().find(new UserId("awx:404"))).isEmpty();
            assertThat(adapter.users().find(new UserId("isogeo:89ee0eb3a15046a28886033b27f1d882"))).isEmpty();
            assertThat(adapter.users().find(new UserId("awx:not-a-number"))).isEmpty();
            assertThat(awx.requests()).extracting(r -> r.path()).doesNotContain("/api/v2/users/not-a-number/");
        }

        @Test
        void a_page_of_users_passes_search_sort_and_paging_to_awx() {
            awx.on("GET", "/api/v2/users/", Reply.ok(AwxFixtures.usersList()));

            var page = adapter.users().list(new UserQuery(Optional.of("adm"), SortOrder.descending(
                    UserQuery.UserSort.CREATED)), new PageRequest(1, 20));

            assertThat(page.items()).extracting(User::id, u -> u.email().value())
                    .containsExactly(tuple(ME, "admin@example.com"));
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.hasNext()).isFalse();
            var request = awx.onlyRequest();
            assertThat(request.query()).containsEntry("search", List.of("adm"))
                    .containsEntry("order_by", List.of("-created,id")).containsEntry("page", List.of("1"))
                    .containsEntry("page_size", List.of("20"));
        }

        @Test
        void a_page_past_the_end_is_empty_with_the_total_awx_counts() {
            awx.on("GET", "/api/v2/users/", AwxFixtures.list("/api/v2/users/", List.of(
                    AwxFixtures.user(3, "carol", "Carol", "C", "2020-01-01T00:00:00Z"))));

            var page = adapter.users().list(UserQuery.all(), new PageRequest(4, 10));

            assertThat(page.items()).isEmpty();
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.hasNext()).isFalse();
        }

        @Test
        void a_page_larger_than_awx_allows_is_served_from_several_awx_pages() {
            var many = LongStream.rangeClosed(1, 450)
                    .mapToObj(id -> AwxFixtures.user(id, "u" + id, "U", "N" + id, "2020-01-01T00:00:00Z")).toList();
            awx.on("GET", "/api/v2/users/", AwxFixtures.list("/api/v2/users/", many));

            var page = adapter.users().list(UserQuery.all(), new PageRequest(2, 250));

            assertThat(page.items()).hasSize(200);
            assertThat(page.items().get(0).id()).isEqualTo(new UserId("awx:251"));
            assertThat(page.total()).isEqualTo(450);
            assertThat(page.hasNext()).isFalse();
            assertThat(awx.requests()).extracting(r -> r.queryValue("page")).containsExactly("2", "3");
            assertThat(awx.requests()).extracting(r -> r.queryValue("page_size")).containsOnly("200");
        }

        @Test
        void an_email_is_found_with_awxs_case_insensitive_filter() {
            awx.on("GET", "/api/v2/users/", Reply.ok(AwxFixtures.usersList()));

            assertThat(adapter.users().findByEmail(new EmailAddress("Admin@Example.com"))).get()
                    .extracting(User::id).isEqualTo(ME);
            assertThat(awx.onlyRequest().queryValue("email__iexact")).isEqualTo("admin@example.com");
        }

        @Test
        void suggestions_ask_for_names_starting_with_the_prefix() {
            awx.on("GET", "/api/v2/users/", Reply.ok(AwxFixtures.usersList()));

            assertThat(adapter.users().suggest("adm", 5)).extracting(User::id).containsExactly(ME);
            assertThat(awx.onlyRequest().query()).containsEntry("or__username__istartswith", List.of("adm"))
                    .containsEntry("or__first_name__istartswith", List.of("adm"))
                    .containsEntry("or__last_name__istartswith", List.of("adm"))
                    .containsEntry("page_size", List.of("5"));
        }
    }

    @Nested
    class Organizations {
        @Test
        void an_organization_is_mapped_field_by_field() {
            awx.on("GET", "/api/v2/organizations/1/", AwxFixtures.ok(AwxFixtures.defaultOrganization()));

            var organization = adapter.organizations().find(DEFAULT).orElseThrow();

            assertThat(organization).isEqualTo(new Organization(DEFAULT, "Default", null, new Slug("default"), null,
                    null, null, null, Set.of(), DEFAULT_CREATED, DEFAULT_CREATED, null,
                    new OrganizationMetrics(1, 0, 0, 0, 0)));
            assertThat(awx.onlyRequest().line()).isEqualTo("GET /api/v2/organizations/1/");
        }

        @Test
        void its_roles_and_counters_are_read_from_summary_fields() {
            awx.on("GET", "/api/v2/organizations/", Reply.ok(AwxFixtures.organizationsList()));

            AwxPage<AwxOrganization> page = adapter.client().read(RemoteCall.get("/api/v2/organizations/"),
                    AwxClient.pageOf(AwxOrganization.class), Function.identity());

            var summary = page.results().get(0).summaryFields();
            assertThat(summary.objectRoles()).containsKeys("admin_role", "member_role", "auditor_role", "read_role");
            assertThat(summary.objectRoles().get("admin_role").id()).isEqualTo(6);
            assertThat(summary.objectRoles().get("auditor_role").name()).isEqualTo("Auditor");
            assertThat(summary.relatedFieldCounts().users()).isEqualTo(1);
            assertThat(summary.relatedFieldCounts().admins()).isZero();
            assertThat(summary.relatedFieldCounts().teams()).isEqualTo(4);
            assertThat(page.count()).isEqualTo(1);
            assertThat(page.next()).isNull();
        }

        @Test
        void an_unknown_organization_is_absent() {
            assertThat(adapter.organizations().find(new OrganizationId("awx:404"))).isEmpty();
            assertThat(adapter.organizations().find(new OrganizationId("54126af3a3a7292a9bbf14d6"))).isEmpty();
            assertThat(awx.onlyRequest().line()).isEqualTo("GET /api/v2/organizations/404/");
        }

        @Test
        void a_slug_is_found_by_walking_the_organizations_page_after_page() {
            awx.on("GET", "/api/v2/organizations/", AwxFixtures.list("/api/v2/organizations/", List.of(
                    AwxFixtures.defaultOrganization(),
                    AwxFixtures.organization(5, "Ops", "2019-01-01T00:00:00Z"),
                    AwxFixtures.organization(7, "Équipe Réseau", "2020-01-01T00:00:00Z"))));

            assertThat(adapter.organizations().findBySlug(new Slug("equipe-reseau"))).get()
                    .extracting(Organization::id).isEqualTo(new OrganizationId("awx:7"));
            assertThat(awx.requests()).extracting(r -> r.queryValue("page")).containsExactly(null, "2");
            assertThat(adapter.organizations().slugExists(new Slug("nowhere"))).isFalse();
        }

        @Test
        void a_page_of_organizations_passes_search_name_and_sort() {
            awx.on("GET", "/api/v2/organizations/", Reply.ok(AwxFixtures.organizationsList()));

            var page = adapter.organizations().list(new OrganizationQuery(Optional.of("def"), Optional.empty(),
                    Optional.of("Default"), Optional.empty(), SortOrder.descending(
                    OrganizationQuery.OrganizationSort.LAST_MODIFIED)), PageRequest.firstPage());

            assertThat(page.items()).extracting(Organization::name).containsExactly("Default");
            assertThat(awx.onlyRequest().query()).containsEntry("search", List.of("def"))
                    .containsEntry("name__iexact", List.of("Default"))
                    .containsEntry("order_by", List.of("-modified,id"));
        }

        @Test
        void filters_and_sorts_awx_has_no_data_for_are_not_supported_rather_than_ignored() {
            assertThatThrownBy(() -> adapter.organizations().list(new OrganizationQuery(Optional.empty(),
                    Optional.of(Badge.CERTIFIED), Optional.empty(), Optional.empty(), null), PageRequest.firstPage()))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessage("filtering organizations by badge is not supported by awx");
            assertThatThrownBy(() -> adapter.organizations().list(new OrganizationQuery(Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), SortOrder.descending(
                    OrganizationQuery.OrganizationSort.REUSES)), PageRequest.firstPage()))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessage("sorting organizations by reuses is not supported by awx");
            assertThat(awx.requests()).isEmpty();
        }
    }
}
