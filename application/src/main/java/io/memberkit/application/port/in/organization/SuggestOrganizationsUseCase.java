package io.memberkit.application.port.in.organization;

import io.memberkit.domain.organization.Organization;
import java.util.List;

/** Organizations whose name, acronym or slug start with a prefix, for completion. */
public interface SuggestOrganizationsUseCase {
    List<Organization> suggest(SuggestOrganizations query);
}
