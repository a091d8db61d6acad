package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.SiteRole;
import java.util.List;

/** The site roles an account can have (GET /users/roles/). */
public interface ListSiteRolesUseCase {
    List<SiteRole> list(ListSiteRoles query);
}
