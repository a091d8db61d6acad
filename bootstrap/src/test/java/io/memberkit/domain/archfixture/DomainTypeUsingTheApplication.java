package io.memberkit.domain.archfixture;

import io.memberkit.application.port.out.Ids;

/** Wrong on purpose: the domain asking an outbound port for ids instead of being given them. */
public final class DomainTypeUsingTheApplication {
    private final Ids ids;

    public DomainTypeUsingTheApplication(Ids ids) {
        this.ids = ids;
    }

    public String next() {
        return ids.newUser().value();
    }
}
