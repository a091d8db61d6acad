package io.memberkit.domain.organization;

import static io.memberkit.domain.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.organization.OrganizationLifecycle.BadgeAdded;
import io.memberkit.domain.organization.OrganizationLifecycle.BadgeRemoved;
import io.memberkit.domain.organization.OrganizationLifecycle.OrganizationCreated;
import io.memberkit.domain.organization.OrganizationLifecycle.OrganizationDeleted;
import io.memberkit.domain.organization.OrganizationLifecycle.OrganizationUpdated;
import io.memberkit.domain.testing.TestClock;
import io.memberkit.domain.testing.TestOrganizations;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganizationsTest {
    private static final UserId ADMIN = new UserId("admin");
    private static final Instant LATER = TestClock.START.plus(Duration.ofHours(1));

    @Nested
    class Creating_an_organization {
        @Test
        void gives_it_a_slug_from_its_name_its_creator_as_first_member_and_an_event() {
            var id = new OrganizationId("org-new");

            var change = Organizations.create(id, TestOrganizations.details("Agglomération de la Métadonnée"), ADMIN,
                    slug -> false, TestClock.START);

            var organization = change.state();
            assertThat(organization.slug()).isEqualTo(new Slug("agglomeration-de-la-metadonnee"));
            assertThat(organization.metrics().members()).isEqualTo(1);
            assertThat(organization.created()).isEqualTo(TestClock.START);
            assertThat(organization.isDeleted()).isFalse();
            assertThat(change.events()).containsExactly(new OrganizationCreated(ADMIN, TestClock.START, id,
                    "Agglomération de la Métadonnée"));
        }

        @Test
        void makes_a_taken_slug_unique() {
            var taken = Set.of(new Slug("open-data"), new Slug("open-data-1"));

            var change = Organizations.create(new OrganizationId("org-new"), TestOrganizations.details("Open Data"),
                    ADMIN, taken::contains, TestClock.START);

            assertThat(change.state().slug()).isEqualTo(new Slug("open-data-2"));
        }

        @Test
        void refuses_a_written_out_link_in_the_name() {
            assertInvalid("name", () -> TestOrganizations.details("Best deals on https://deals.example"));
            assertInvalid("name", () -> TestOrganizations.details("Visit www.deals.example"));
        }

        @Test
        void accepts_a_name_that_is_a_site_name_as_real_organizations_have() {
            assertThat(TestOrganizations.details("data.gouv.fr").name()).isEqualTo("data.gouv.fr");
        }
    }

    @Nested
    class Updating_an_organization {
        @Test
        void records_new_details_with_an_event() {
            var organization = TestOrganizations.anOrganization().build();
            var details = TestOrganizations.details("Renamed");

            var change = Organizations.update(organization, details, ADMIN, LATER);

            assertThat(change.state().details()).isEqualTo(details);
            assertThat(change.state().lastModified()).isEqualTo(LATER);
            assertThat(change.state().slug()).as("a permalink survives a rename").isEqualTo(organization.slug());
            assertThat(change.events()).containsExactly(new OrganizationUpdated(ADMIN, LATER, organization.id()));
        }

        @Test
        void changes_nothing_when_the_details_are_the_same() {
            var organization = TestOrganizations.anOrganization().build();

            var change = Organizations.update(organization, organization.details(), ADMIN, LATER);

            assertThat(change.state()).isSameAs(organization);
            assertThat(change.events()).isEmpty();
        }

        @Test
        void is_gone_once_deleted() {
            var organization = TestOrganizations.anOrganization().deleted().build();

            assertThatThrownBy(() -> Organizations.update(organization, TestOrganizations.details("X"), ADMIN, LATER))
                    .isInstanceOf(Gone.class);
        }
    }

    @Nested
    class Deleting_an_organization {
        @Test
        void is_soft_with_an_event() {
            var organization = TestOrganizations.anOrganization().build();

            var change = Organizations.delete(organization, ADMIN, LATER);

            assertThat(change.state().deleted()).isEqualTo(LATER);
            assertThat(change.state().isDeleted()).isTrue();
            assertThat(change.events()).containsExactly(new OrganizationDeleted(ADMIN, LATER, organization.id()));
        }

        @Test
        void twice_is_gone_as_udata_410() {
            var organization = TestOrganizations.anOrganization().deleted().build();

            assertThatThrownBy(() -> Organizations.delete(organization, ADMIN, LATER)).isInstanceOf(Gone.class);
        }
    }

    @Nested
    class Adding_a_badge {
        @Test
        void adds_it_with_an_event() {
            var organization = TestOrganizations.anOrganization().badges(Badge.CERTIFIED).build();

            var change = Organizations.addBadge(organization, Badge.PUBLIC_SERVICE, ADMIN, LATER);

            assertThat(change.state().badges()).containsExactlyInAnyOrder(Badge.CERTIFIED, Badge.PUBLIC_SERVICE);
            assertThat(change.events())
                    .containsExactly(new BadgeAdded(ADMIN, LATER, organization.id(), Badge.PUBLIC_SERVICE));
        }

        @Test
        void it_already_has_changes_nothing() {
            var organization = TestOrganizations.anOrganization().badges(Badge.CERTIFIED).build();

            var change = Organizations.addBadge(organization, Badge.CERTIFIED, ADMIN, LATER);

            assertThat(change.state()).isSameAs(organization);
            assertThat(change.events()).isEmpty();
        }

        @Test
        void to_a_deleted_organization_is_gone() {
            var organization = TestOrganizations.anOrganization().deleted().build();

            assertThatThrownBy(() -> Organizations.addBadge(organization, Badge.CERTIFIED, ADMIN, LATER))
                    .isInstanceOf(Gone.class);
        }
    }

    @Nested
    class Removing_a_badge {
        @Test
        void removes_it_with_an_event() {
            var organization = TestOrganizations.anOrganization().badges(Badge.CERTIFIED, Badge.COMPANY).build();

            var change = Organizations.removeBadge(organization, Badge.CERTIFIED, ADMIN, LATER);

            assertThat(change.state().badges()).containsExactly(Badge.COMPANY);
            assertThat(change.events())
                    .containsExactly(new BadgeRemoved(ADMIN, LATER, organization.id(), Badge.CERTIFIED));
        }

        @Test
        void it_does_not_have_is_not_found() {
            var organization = TestOrganizations.anOrganization().badges(Badge.COMPANY).build();

            assertThatThrownBy(() -> Organizations.removeBadge(organization, Badge.CERTIFIED, ADMIN, LATER))
                    .isInstanceOf(NotFound.class);
        }

        @Test
        void from_a_deleted_organization_is_gone() {
            var organization = TestOrganizations.anOrganization().badges(Badge.CERTIFIED).deleted().build();

            assertThatThrownBy(() -> Organizations.removeBadge(organization, Badge.CERTIFIED, ADMIN, LATER))
                    .isInstanceOf(Gone.class);
        }
    }
}
