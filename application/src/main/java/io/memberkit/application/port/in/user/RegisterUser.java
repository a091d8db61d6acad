package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.UserProfile;

/**
 * The input of {@link RegisterUserUseCase}. {@code emailVerified} says whether the platform's sign-up already
 * confirmed the address (memberkit sends no mail): the platform calls this once its own sign-up flow is done, so
 * the short form takes the address as confirmed. Pass {@code false} when it is not, and record the confirmation
 * later with {@code MarkEmailVerifiedUseCase}.
 */
public record RegisterUser(Actor actor, UserProfile profile, boolean emailVerified) {
    public RegisterUser {
        Require.present(actor, "actor");
        Require.present(profile, "profile");
    }

    public RegisterUser(Actor actor, UserProfile profile) {
        this(actor, profile, true);
    }
}
