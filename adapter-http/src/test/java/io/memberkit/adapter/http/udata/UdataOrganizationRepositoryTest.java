package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UdataOrganizationRepositoryTest extends UdataTestSupport {
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);

    @Nested
    class Find {
        @Test
        void reads_the_real_SIG_payload_field_by_field() {
            udata.on("GET", "/organizations/" + SIG.value() + "/", Reply.ok(UdataFixtures.sig()));

            var organization = adapter.organizations().find(SIG).orElseThrow();

            assertThat(organization.id()).isEqualTo(SIG);
            assertThat(organization.name()).isEqualTo("Service d'Information du Gouvernement");
            assertThat(organization.acronym()).isEqualTo("SIG");
            assertThat(organization.slug()).isEqualTo(new Slug("service-d-information-du-gouvernement"));
            assertThat(organization.description()).startsWith("Placé sous l’autorité du Premier ministre")
                    .contains("\n> Analyser l’évolution");
            assertThat(organization.url()).isEqualTo(new WebUrl("https://www.gouvernement.fr"));
            assertThat(organization.logo()).isEqualTo("http://dev.local:7000/avatars/https://static.data.gouv.fr/"
                    + "avatars/ad/95e60b115a4582b2dcb1eb0ad7e9d3-original.png");
            assertThat(organization.businessNumber()).isEqualTo(new BusinessNumber("12000101100010"));
            assertThat(organization.badges()).containsExactlyInAnyOrder(Badge.PUBLIC_SERVICE, Badge.CERTIFIED);
            assertThat(organization.created()).isEqualTo(Instant.parse("2014-09-12T05:39:31.894Z"));
            assertThat(organization.lastModified()).isEqualTo(Instant.parse("2025-01-14T14:05:16.274Z"));
            assertThat(organization.deleted()).isNull();
            assertThat(organization.metrics()).isEqualTo(new OrganizationMetrics(5, 24, 1, 0, 42686));
        }

        @Test
        void sends_the_key_and_asks_for_the_organization_without_its_members() {
            udata.on("GET", "/organizations/" + SIG.value() + "/", Reply.ok(UdataFixtures.sig()));

            adapter.organizations().find(SIG);

            var request = udata.onlyRequest();
            assertThat(request.line()).isEqualTo("GET /organizations/54126af3a3a7292a9bbf14d6/");
            assertThat(request.header("X-API-KEY")).isEqualTo(API_KEY);
            assertThat(request.header("X-Fields")).isEqualTo(UdataClient.ORGANIZATION_FIELDS).doesNotContain("members");
            assertThat(request.header("Accept")).contains("application/json");
            assertThat(request.query()).isEmpty();
            assertThat(request.body()).isNull();
        }

        @Test
        void reads_the_real_DINUM_payload_with_a_null_acronym_and_nested_metrics() {
            udata.on("GET", "/organizations/" + UdataFixtures.DINUM_ID + "/", Reply.ok(UdataFixtures.dinum()));

            var organization = adapter.organizations().find(new OrganizationId(UdataFixtures.DINUM_ID)).orElseThrow();

            assertThat(organization.name()).isEqualTo("data.gouv.fr");
            assertThat(organization.acronym()).isNull();
            assertThat(organization.slug().value()).isEqualTo("data-gouv-fr");
            assertThat(organization.businessNumber().value()).isEqualTo("13002526500013");
            assertThat(organization.logo()).endsWith("f567cfdf4a4d1497298002cc09d772-original.png");
            assertThat(organization.created()).isEqualTo(Instant.parse("2023-05-22T13:43:35.978Z"));
            assertThat(organization.metrics()).isEqualTo(new OrganizationMetrics(13, 9, 37, 6, 1075932));
        }

        @Test
        void an_unknown_organization_is_empty() {
            assertThat(adapter.organizations().find(new OrganizationId("nope"))).isEmpty();
        }

        @Test
        void a_deleted_organization_is_gone() {
            udata.on("GET", "/organizations/" + SIG.value() + "/", Reply.message(410, "Organization has been deleted"));

            assertThatThrownBy(() -> adapter.organizations().find(SIG)).isInstanceOf(Gone.class)
                    .hasMessage("Organization has been deleted");
        }

        @Test
        void by_slug_and_for_a_membership_change_it_is_the_same_plain_read() {
            udata.on("GET", "/organizations/service-d-information-du-gouvernement/", Reply.ok(UdataFixtures.sig()));
            udata.on("GET", "/organizations/" + SIG.value() + "/", Reply.ok(UdataFixtures.sig()));

            assertThat(adapter.organizations().findBySlug(new Slug("service-d-information-du-gouvernement")))
                    .map(Organization::id).contains(SIG);
            assertThat(adapter.organizations().findForMembershipChange(SIG)).map(Organization::id).contains(SIG);
            assertThat(udata.requests()).extracting(r -> r.line()).containsExactly(
                    "GET /organizations/service-d-information-du-gouvernement/",
                    "GET /organizations/54126af3a3a7292a9bbf14d6/");
        }

        @Test
        void a_slug_exists_when_uData_knows_it_even_deleted() {
            udata.on("GET", "/organizations/taken/", Reply.ok("{\"id\": \"x\"}"));
            udata.on("GET", "/organizations/deleted/", Reply.message(410, "Organization has been deleted"));

            assertThat(adapter.organizations().slugExists(new Slug("taken"))).isTrue();
            assertThat(adapter.organizations().slugExists(new Slug("deleted"))).isTrue();
            assertThat(adapter.organizations().slugExists(new Slug("free"))).isFalse();
            assertThat(udata.requests()).allSatisfy(r -> assertThat(r.header("X-Fields")).isEqualTo("id"));
        }
    }

    @Nested
    class ListAndSuggest {
        @Test
        void list_pushes_every_filter_down_with_udatas_spellings() {
            udata.on("GET", "/organizations/", Reply.ok(UdataFixtures.page(UdataFixtures.sig(), 1, 10, 1, null)));
            var query = new OrganizationQuery(Optional.of("service"), Optional.of(Badge.PUBLIC_SERVICE),
                    Optional.of("Service d'Information du Gouvernement"),
                    Optional.of(new BusinessNumber("12000101100010")),
                    SortOrder.descending(OrganizationQuery.OrganizationSort.LAST_MODIFIED));

            var page = adapter.organizations().list(query, new PageRequest(1, 10));

            assertThat(page.items()).extracting(Organization::id).containsExactly(SIG);
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.hasNext()).isFalse();
            var request = udata.onlyRequest();
            assertThat(request.line()).isEqualTo("GET /organizations/");
            assertThat(request.query()).isEqualTo(Map.of("q", List.of("service"), "badge", List.of("public-service"),
                    "name", List.of("Service d'Information du Gouvernement"),
                    "business_number_id", List.of("12000101100010"), "sort", List.of("-last_modified"),
                    "page", List.of("1"), "page_size", List.of("10")));
            assertThat(request.header("X-Fields")).startsWith("data{").doesNotContain("members");
        }

        @Test
        void every_badge_and_sort_has_its_wire_spelling() {
            udata.on("GET", "/organizations/", Reply.ok(UdataFixtures.page("", 1, 20, 0, null)));
            var spellings = Map.of(Badge.PUBLIC_SERVICE, "public-service", Badge.CERTIFIED, "certified",
                    Badge.ASSOCIATION, "association", Badge.COMPANY, "company", Badge.LOCAL_AUTHORITY,
                    "local-authority");
            spellings.forEach((badge, spelling) -> {
                adapter.organizations().list(new OrganizationQuery(Optional.empty(), Optional.of(badge),
                        Optional.empty(), Optional.empty(), null), PageRequest.firstPage());
                assertThat(udata.lastRequest().queryValue("badge")).isEqualTo(spelling);
                assertThat(udata.lastRequest().queryValue("sort")).isEqualTo("name");
            });
            for (var sort : OrganizationQuery.OrganizationSort.values()) {
                adapter.organizations().list(new OrganizationQuery(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), SortOrder.ascending(sort)), PageRequest.firstPage());
                assertThat(udata.lastRequest().queryValue("sort"))
                        .isEqualTo(sort.name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        @Test
        void an_unknown_badge_filter_is_invalid_input() {
            udata.on("GET", "/organizations/", Reply.json(400,
                    "{\"errors\": {\"badge\": \"The value 'bad-badge' is not a valid choice for 'badge'.\"}, \"message\": \"Input payload validation failed\"}"));

            assertThatThrownBy(() -> adapter.organizations().list(OrganizationQuery.all(), PageRequest.firstPage()))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("badge"));
        }

        @Test
        void suggest_reads_each_suggested_organization_without_members() {
            udata.on("GET", "/organizations/suggest/", Reply.ok("""
                    [{"id": "%s", "name": "Service d'Information du Gouvernement", "acronym": "SIG",
                      "slug": "service-d-information-du-gouvernement", "image_url": null, "page": "x"},
                     {"id": "vanished", "name": "Old", "slug": "old"}]""".formatted(SIG.value())));
            udata.on("GET", "/organizations/" + SIG.value() + "/", Reply.ok(UdataFixtures.sig()));
            udata.on("GET", "/organizations/vanished/", Reply.message(410, "Organization has been deleted"));

            var suggested = adapter.organizations().suggest("serv", 2);

            assertThat(suggested).extracting(Organization::id).containsExactly(SIG);
            assertThat(udata.requests().get(0).query()).isEqualTo(Map.of("q", List.of("serv"), "size", List.of("2")));
            assertThat(udata.requests().get(1).header("X-Fields")).isEqualTo(UdataClient.ORGANIZATION_FIELDS);
        }
    }

    @Nested
    class Writes {
        private final Organization sig = new Organization(SIG, "Service d'Information du Gouvernement", "SIG",
                new Slug("service-d-information-du-gouvernement"), "Le SIG.", new WebUrl("https://www.gouvernement.fr"),
                null, new BusinessNumber("12000101100010"), Set.of(Badge.CERTIFIED),
                Instant.parse("2014-09-12T05:39:31.894Z"), null, null, null);

        @Test
        void create_posts_the_details_and_returns_the_organization_with_udatas_id() {
            udata.on("POST", "/organizations/", Reply.json(201, UdataFixtures.sig()));
            var provisional = new Organization(adapter.ids().newOrganization(), sig.name(), sig.acronym(),
                    sig.slug(), sig.description(), sig.url(), null, sig.businessNumber(), null,
                    Instant.parse("2024-04-14T00:00:00Z"), null, null, null);

            var stored = adapter.organizations().create(provisional,
                    new Member(provisional.id(), new UserId(ME), MemberRole.ADMIN, Instant.parse("2024-04-14T00:00:00Z")));

            assertThat(stored.id()).isEqualTo(SIG);
            assertThat(stored.badges()).contains(Badge.CERTIFIED);
            var request = udata.onlyRequest();
            assertThat(request.line()).isEqualTo("POST /organizations/");
            assertThat(json(request.body())).isEqualTo(json("""
                    {"name": "Service d'Information du Gouvernement", "acronym": "SIG", "description": "Le SIG.",
                     "url": "https://www.gouvernement.fr", "business_number_id": "12000101100010"}"""));
            assertThat(request.body()).doesNotContain("provisional");
        }

        @Test
        void update_puts_the_details_nulls_included() {
            udata.on("PUT", "/organizations/" + SIG.value() + "/", Reply.ok(UdataFixtures.sig()));
            var cleared = sig.withDetails(new io.memberkit.domain.organization.OrganizationDetails(sig.name(), null,
                    null, null, null, null), Instant.EPOCH);

            adapter.organizations().update(cleared);

            var request = udata.onlyRequest();
            assertThat(request.line()).isEqualTo("PUT /organizations/" + SIG.value() + "/");
            assertThat(json(request.body())).isEqualTo(json("""
                    {"name": "Service d'Information du Gouvernement", "acronym": null, "description": null,
                     "url": null, "business_number_id": null}"""));
        }

        @Test
        void a_bad_siret_is_invalid_input_on_business_number_id() {
            udata.on("PUT", "/organizations/" + SIG.value() + "/", Reply.json(400, """
                    {"errors": {"business_number_id": "Invalid Siret number"}, "message": "Validation error"}"""));

            assertThatThrownBy(() -> adapter.organizations().update(sig)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors())
                            .isEqualTo(Map.of("business_number_id", List.of("Invalid Siret number"))));
        }

        @Test
        void update_by_a_non_member_is_forbidden_and_of_a_deleted_one_gone() {
            udata.once("PUT", "/organizations/" + SIG.value() + "/",
                    Reply.message(403, "You do not have the permission to modify that object."),
                    Reply.message(410, "Organization has been deleted"));

            assertThatThrownBy(() -> adapter.organizations().update(sig)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> adapter.organizations().update(sig)).isInstanceOf(Gone.class);
        }

        @Test
        void delete_is_a_delete_and_deleting_twice_is_gone() {
            udata.once("DELETE", "/organizations/" + SIG.value() + "/", Reply.noContent(),
                    Reply.message(410, "Organization has been deleted"));

            adapter.organizations().markDeleted(sig.deletedAt(Instant.EPOCH));
            assertThatThrownBy(() -> adapter.organizations().markDeleted(sig)).isInstanceOf(Gone.class);
            assertThat(udata.requests()).extracting(r -> r.line())
                    .containsOnly("DELETE /organizations/" + SIG.value() + "/");
        }

        @Test
        void badges_are_posted_by_kind_and_deleted_by_kind() {
            udata.on("POST", "/organizations/" + SIG.value() + "/badges/", Reply.ok("{\"kind\": \"local-authority\"}"));
            udata.on("DELETE", "/organizations/" + SIG.value() + "/badges/local-authority/", Reply.noContent());

            adapter.organizations().addBadge(SIG, Badge.LOCAL_AUTHORITY);
            adapter.organizations().removeBadge(SIG, Badge.LOCAL_AUTHORITY);

            var requests = udata.requests();
            assertThat(requests.get(0).line()).isEqualTo("POST /organizations/" + SIG.value() + "/badges/");
            assertThat(json(requests.get(0).body())).isEqualTo(json("{\"kind\": \"local-authority\"}"));
            assertThat(requests.get(1).line())
                    .isEqualTo("DELETE /organizations/" + SIG.value() + "/badges/local-authority/");
        }

        @Test
        void an_id_cannot_change_the_path() {
            adapter.organizations().find(new OrganizationId("../users/x"));

            assertThat(udata.onlyRequest().path()).isEqualTo("/organizations/..%2Fusers%2Fx/");
        }
    }
}
