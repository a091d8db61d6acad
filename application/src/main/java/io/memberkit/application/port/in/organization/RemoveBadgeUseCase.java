package io.memberkit.application.port.in.organization;

import io.memberkit.domain.organization.Organization;

/** A site admin takes a badge away; a badge the organization lacks is not found. */
public interface RemoveBadgeUseCase {
    Organization remove(RemoveBadge command);
}
