package io.memberkit.application.port.in.organization;

import io.memberkit.domain.membership.JoinPolicy;

/**
 * An organization admin declares an email domain as the organization's own; a site admin verifies it. Returns the
 * organization's join policy as it now stands.
 */
public interface DeclareDomainUseCase {
    JoinPolicy declare(DeclareDomain command);
}
