package io.memberkit.domain.organization;

import io.memberkit.domain.common.PersonName;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.WebUrl;

/** What an organization's admins write about it: everything but its identity, slug, badges and dates. */
public record OrganizationDetails(String name, String acronym, String description, WebUrl url, String logo,
                                  BusinessNumber businessNumber) {
    public OrganizationDetails {
        name = PersonName.organization(name, "name");
        acronym = Require.line(acronym, "acronym");
        description = Require.text(description, "description");
        logo = Require.text(logo, "logo");
    }
}
