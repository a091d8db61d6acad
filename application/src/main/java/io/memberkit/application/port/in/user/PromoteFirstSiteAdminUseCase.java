package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;

/** The first account of a fresh site makes itself its administrator; refused once the site has one. */
public interface PromoteFirstSiteAdminUseCase {
    User promote(PromoteFirstSiteAdmin command);
}
