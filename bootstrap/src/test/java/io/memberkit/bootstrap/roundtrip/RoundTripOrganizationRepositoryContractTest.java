package io.memberkit.bootstrap.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.contract.OrganizationRepositoryContract;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.OrganizationDetails;
import io.memberkit.domain.testing.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The organization contract through the uData adapter against {@code memberkit serve} (see {@link RoundTripPorts}
 * for which ports go over HTTP and why). Two tests are uData's own version of the rule.
 */
class RoundTripOrganizationRepositoryContractTest extends OrganizationRepositoryContract {
    @RegisterExtension
    static final RoundTrip SERVER = new RoundTrip();
    @Override
    protected OutboundPorts ports() {
        return SERVER.emptyPorts();
    }

    /** uData derives a new organization's slug from its name: a taken slug cannot be asked for, a second one is its own. */
    @Override
    @Test
    protected void a_second_organization_with_the_same_slug_is_a_conflict() {
        var organizations = SERVER.http().as(aUser().id()).organizations();

        var first = organizations.create(TestOrganizations.anOrganization().named("Same Name").build(), null);
        var second = organizations.create(TestOrganizations.anOrganization().named("Same Name").build(), null);

        assertThat(first.slug()).isEqualTo(new Slug("same-name"));
        assertThat(second.slug()).isNotEqualTo(first.slug());
        assertThat(out.organizations().findBySlug(second.slug())).get().extracting(o -> o.id())
                .isEqualTo(second.id());
    }

    /** uData changes a logo only through its upload endpoint: the one sent with the other details stays unread. */
    @Override
    @Test
    protected void an_update_is_kept() {
        var organization = organizationOf(aUser());
        var url = new WebUrl("https://example.org");
        var siret = new BusinessNumber(TestOrganizations.VALID_SIRET);
        var details = new OrganizationDetails("New name", "NN", "New description", url,
                "https://example.org/logo.png", siret);

        run(() -> out.organizations().update(organization.withDetails(details, t(10))));

        var found = out.organizations().find(organization.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(new OrganizationDetails("New name", "NN", "New description", url,
                organization.logo(), siret));
        assertThat(found.lastModified()).isEqualTo(t(10));
    }
}
