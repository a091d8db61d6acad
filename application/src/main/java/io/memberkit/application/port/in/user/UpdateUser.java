package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.ProfileChanges;
import io.memberkit.domain.user.SiteRole;
import java.util.Optional;
import java.util.Set;

/** The input of {@link UpdateUserUseCase}. */
public record UpdateUser(Actor actor, UserId user, ProfileChanges changes, Optional<Set<SiteRole>> roles, Optional<Boolean> active) {
    public UpdateUser {
        Require.present(actor, "actor");
        Require.present(user, "user");
        changes = changes == null ? ProfileChanges.none() : changes;
        roles = Require.present(roles, "roles").map(Set::copyOf);
        Require.present(active, "active");
    }
}
