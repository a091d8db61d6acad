package io.memberkit.application.port.in.me;

import io.memberkit.domain.membership.Member;
import io.memberkit.domain.organization.Organization;

/** An organization of the signed-in user and their membership of it. */
public record MyOrganization(Organization organization, Member membership) {
}
