package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Conflict;
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
}
