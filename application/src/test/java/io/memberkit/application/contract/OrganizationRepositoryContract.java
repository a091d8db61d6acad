package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationQuery.OrganizationSort;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.application.port.out.OrganizationState;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.Memberships;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.organization.Organizations;
import io.memberkit.domain.testing.TestOrganizations;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@code OrganizationRepository} does. */
public abstract class OrganizationRepositoryContract extends PortContract {

    @Test
    void a_created_organization_is_found_with_its_creator_as_admin() {
        var admin = aUser();
        var organization = organization(TestOrganizations.anOrganization().named("Métropole de Lyon")
                .acronym("ML").businessNumber(TestOrganizations.VALID_SIRET), admin);

        var found = out.organizations().find(organization.id()).orElseThrow();

        assertThat(found.details()).isEqualTo(organization.details());
        assertThat(found.slug()).isEqualTo(organization.slug());
        assertThat(found.created()).isEqualTo(organization.created());
        assertThat(found.isDeleted()).isFalse();
        assertThat(found.metrics().members()).isEqualTo(1);
        assertThat(out.members().find(organization.id(), admin.id())).get()
                .extracting(m -> m.role()).isEqualTo(MemberRole.ADMIN);
    }

    @Test
    void the_founder_is_counted_once_when_the_new_organization_already_says_one_member() {
        var admin = aUser();
        // as the use case hands it over: the domain's new organization counts its founder already
        var created = Organizations.create(new OrganizationId("o-founded"), TestOrganizations.details("Founded"),
                admin.id(), slug -> false, t(1)).state();
        assertThat(created.metrics().members()).isEqualTo(1);

        run(() -> out.organizations().create(created,
                Memberships.founder(created.id(), admin.id(), created.created()).state()));

        assertThat(out.organizations().find(created.id()).orElseThrow().metrics().members()).isEqualTo(1);
    }

    @Test
    void the_state_of_an_organization_says_live_or_deleted_and_nothing_for_an_unknown_one() {
        var live = organizationOf(aUser());
        var deleted = organizationOf(aUser());
        run(() -> out.organizations().markDeleted(deleted.deletedAt(t(2))));

        assertThat(out.organizations().state(live.id())).contains(OrganizationState.LIVE);
        assertThat(out.organizations().state(deleted.id())).contains(OrganizationState.DELETED);
        assertThat(out.organizations().state(new OrganizationId("nowhere"))).isEmpty();
    }

    @Test
    void an_unknown_organization_is_absent() {
        assertThat(out.organizations().find(new OrganizationId("nowhere"))).isEmpty();
        assertThat(out.organizations().findBySlug(new Slug("nowhere"))).isEmpty();
    }

    @Test
    void an_organization_is_found_by_slug() {
        var organization = organizationOf(aUser());

        assertThat(out.organizations().findBySlug(organization.slug())).get()
                .extracting(Organization::id).isEqualTo(organization.id());
        assertThat(out.organizations().slugExists(organization.slug())).isTrue();
        assertThat(out.organizations().slugExists(new Slug("free"))).isFalse();
    }

    @Test
    protected void a_second_organization_with_the_same_slug_is_a_conflict() {
        var admin = aUser();
        var first = organizationOf(admin);
        var second = TestOrganizations.anOrganization().build();
        var clash = new Organization(second.id(), second.name(), null, first.slug(), null, null, null, null, null,
                second.created(), null, null, null);

        assertThatThrownBy(() -> run(() -> out.organizations().create(clash,
                io.memberkit.domain.membership.Memberships.founder(clash.id(), admin.id(), clash.created()).state())))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void an_organization_about_to_change_members_is_found_within_a_unit_of_work() {
        var organization = organizationOf(aUser());

        assertThat(write(() -> out.organizations().findForMembershipChange(organization.id()))).isPresent();
        assertThat(write(() -> out.organizations().findForMembershipChange(new OrganizationId("none")))).isEmpty();
    }

    @Test
    protected void an_update_is_kept() {
        var organization = organizationOf(aUser());
        var details = new OrganizationDetails("New name", "NN", "New description",
                new WebUrl("https://example.org"), "https://example.org/logo.png",
                new BusinessNumber(TestOrganizations.VALID_SIRET));
        var updated = organization.withDetails(details, t(10));

        run(() -> out.organizations().update(updated));

        var found = out.organizations().find(organization.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(details);
        assertThat(found.lastModified()).isEqualTo(t(10));
    }

    @Test
    void a_deleted_organization_is_still_found_marked_deleted() {
        var organization = organizationOf(aUser());

        run(() -> out.organizations().markDeleted(organization.deletedAt(t(10))));

        assertThat(out.organizations().find(organization.id())).get()
                .extracting(Organization::deleted).isEqualTo(t(10));
    }

    @Test
    void badges_are_added_and_removed() {
        var organization = organizationOf(aUser());

        run(() -> out.organizations().addBadge(organization.id(), Badge.CERTIFIED));
        run(() -> out.organizations().addBadge(organization.id(), Badge.PUBLIC_SERVICE));
        run(() -> out.organizations().removeBadge(organization.id(), Badge.CERTIFIED));

        assertThat(out.organizations().find(organization.id()).orElseThrow().badges())
                .containsExactly(Badge.PUBLIC_SERVICE);
    }


    @Nested
    class Listing {
        @Test
        void lists_organizations_not_deleted_sorted_by_name_and_paged() {
            var admin = aUser();
            organization(TestOrganizations.anOrganization().named("Beta"), admin);
            organization(TestOrganizations.anOrganization().named("alpha"), admin);
            organization(TestOrganizations.anOrganization().named("Gamma"), admin);
            var deleted = organization(TestOrganizations.anOrganization().named("Aardvark"), admin);
            run(() -> out.organizations().markDeleted(deleted.deletedAt(t(1))));

            var page = out.organizations().list(OrganizationQuery.all(), new PageRequest(1, 2));

            assertThat(page.items()).extracting(Organization::name).containsExactly("alpha", "Beta");
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.hasNext()).isTrue();
        }

        @Test
        void sorts_by_creation_newest_first() {
            var admin = aUser();
            organization(TestOrganizations.anOrganization().named("Old").created(t(1)), admin);
            organization(TestOrganizations.anOrganization().named("New").created(t(2)), admin);

            var page = out.organizations().list(query(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), SortOrder.descending(OrganizationSort.CREATED)), PageRequest.firstPage());

            assertThat(page.items()).extracting(Organization::name).containsExactly("New", "Old");
        }

        @Test
        void filters_by_badge_name_and_business_number() {
            var admin = aUser();
            var certified = organization(TestOrganizations.anOrganization().named("Certified One"), admin);
            run(() -> out.organizations().addBadge(certified.id(), Badge.CERTIFIED));
            organization(TestOrganizations.anOrganization().named("Registered")
                    .businessNumber(TestOrganizations.VALID_SIRET), admin);
            organization(TestOrganizations.anOrganization().named("Plain"), admin);

            assertThat(names(query(Optional.empty(), Optional.of(Badge.CERTIFIED), Optional.empty(),
                    Optional.empty(), null))).containsExactly("Certified One");
            assertThat(names(query(Optional.empty(), Optional.empty(), Optional.of("PLAIN"), Optional.empty(),
                    null))).containsExactly("Plain");
            assertThat(names(query(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(new BusinessNumber(TestOrganizations.VALID_SIRET)), null)))
                    .containsExactly("Registered");
            assertThat(names(query(Optional.empty(), Optional.empty(), Optional.of("nothing"), Optional.empty(),
                    null))).isEmpty();
        }

        @Test
        void searches_name_acronym_and_slug_by_prefix_ignoring_case() {
            var admin = aUser();
            organization(TestOrganizations.anOrganization().named("Région Bretagne"), admin);
            organization(TestOrganizations.anOrganization().named("Institut national").acronym("REG"), admin);
            organization(TestOrganizations.anOrganization().named("Other"), admin);

            assertThat(names(query(Optional.of("rég"), Optional.empty(), Optional.empty(), Optional.empty(), null)))
                    .containsExactly("Région Bretagne");
            assertThat(names(query(Optional.of("reg"), Optional.empty(), Optional.empty(), Optional.empty(), null)))
                    .containsExactlyInAnyOrder("Institut national", "Région Bretagne");
        }

        private java.util.List<String> names(OrganizationQuery query) {
            return out.organizations().list(query, PageRequest.firstPage()).items().stream()
                    .map(Organization::name).toList();
        }
    }

    @Test
    void suggests_organizations_by_prefix_at_most_size() {
        var admin = aUser();
        organization(TestOrganizations.anOrganization().named("Agence A"), admin);
        organization(TestOrganizations.anOrganization().named("Agence B"), admin);
        organization(TestOrganizations.anOrganization().named("Agence C"), admin);
        var deleted = organization(TestOrganizations.anOrganization().named("Agence D"), admin);
        run(() -> out.organizations().markDeleted(deleted.deletedAt(t(1))));

        assertThat(out.organizations().suggest("AGEN", 10)).hasSize(3);
        assertThat(out.organizations().suggest("agen", 2)).hasSize(2);
        assertThat(out.organizations().suggest("zzz", 2)).isEmpty();
    }

    static OrganizationQuery query(Optional<String> q, Optional<Badge> badge, Optional<String> name,
                                   Optional<BusinessNumber> businessNumber, SortOrder<OrganizationSort> sort) {
        return new OrganizationQuery(q, badge, name, businessNumber, sort);
    }
}
