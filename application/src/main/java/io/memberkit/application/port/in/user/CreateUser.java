package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.UserProfile;
import java.util.Set;

/** The input of {@link CreateUserUseCase}. */
public record CreateUser(Actor actor, UserProfile profile, Set<SiteRole> roles, boolean active) {
    public CreateUser {
        Require.present(actor, "actor");
        Require.present(profile, "profile");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
