package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.UserProfile;

/** The input of {@link RegisterUserUseCase}. */
public record RegisterUser(Actor actor, UserProfile profile) {
    public RegisterUser {
        Require.present(actor, "actor");
        Require.present(profile, "profile");
    }
}
