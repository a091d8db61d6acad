package io.memberkit.application.archfixture;

import io.memberkit.application.port.out.Ids;
import io.memberkit.domain.common.UserId;
import java.util.Optional;

/** Right: the application using its own ports, the domain and the JDK. */
public final class ApplicationTypeUsingDomain {
    private final Ids ids;

    public ApplicationTypeUsingDomain(Ids ids) {
        this.ids = ids;
    }

    public Optional<UserId> newUser() {
        return Optional.of(ids.newUser());
    }
}
