package io.memberkit.domain.membership;

import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.Require;
import java.time.Instant;

/**
 * An email domain an organization declared as its own. Only once a site admin marked it verified does it let
 * people with a verified address on it join at once; {@code verifiedOn} is set then.
 */
public record DeclaredDomain(EmailDomain domain, Instant declaredOn, Instant verifiedOn) {
    public DeclaredDomain {
        Require.present(domain, "domain");
        Require.present(declaredOn, "declared_on");
    }

    public boolean isVerified() {
        return verifiedOn != null;
    }

    DeclaredDomain verifiedAt(Instant now) {
        return new DeclaredDomain(domain, declaredOn, now);
    }
}
