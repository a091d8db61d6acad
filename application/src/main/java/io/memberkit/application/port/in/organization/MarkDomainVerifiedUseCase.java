package io.memberkit.application.port.in.organization;

import io.memberkit.domain.membership.JoinPolicy;

/**
 * A site admin confirms that the organization owns a declared domain (memberkit checks no DNS: the platform does,
 * then records it here). Returns the organization's join policy as it now stands.
 */
public interface MarkDomainVerifiedUseCase {
    JoinPolicy mark(MarkDomainVerified command);
}
