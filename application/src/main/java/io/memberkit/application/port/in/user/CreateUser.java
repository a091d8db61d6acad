package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.UserProfile;
import java.util.Set;

/**
 * The input of {@link CreateUserUseCase}. A site admin creating an account vouches for its address unless
 * {@code emailVerified} says otherwise.
 */
public record CreateUser(Actor actor, UserProfile profile, Set<SiteRole> roles, boolean active,
                         boolean emailVerified) {
    public CreateUser {
        Require.present(actor, "actor");
        Require.present(profile, "profile");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public CreateUser(Actor actor, UserProfile profile, Set<SiteRole> roles, boolean active) {
        this(actor, profile, roles, active, true);
    }
}
