package io.memberkit.application.port.in.organization;

import io.memberkit.domain.membership.JoinPolicy;

/**
 * An organization admin removes a declared domain: requests from it wait for an admin again. Returns the
 * organization's join policy as it now stands.
 */
public interface RemoveDomainUseCase {
    JoinPolicy remove(RemoveDomain command);
}
