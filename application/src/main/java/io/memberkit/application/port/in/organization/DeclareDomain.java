package io.memberkit.application.port.in.organization;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Require;

/** The input of {@link DeclareDomainUseCase}. */
public record DeclareDomain(Actor actor, OrganizationId organization, EmailDomain domain) {
    public DeclareDomain {
        Require.present(actor, "actor");
        Require.present(organization, "organization");
        Require.present(domain, "domain");
    }
}
