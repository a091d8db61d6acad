package io.memberkit.application.port.in.organization;

import io.memberkit.domain.organization.Organization;

/** A site admin gives an organization a badge; giving it twice changes nothing. */
public interface AddBadgeUseCase {
    Organization add(AddBadge command);
}
