package io.memberkit.application.port.in.me;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.ProfileChanges;

/** The input of {@link UpdateMyProfileUseCase}. */
public record UpdateMyProfile(Actor actor, ProfileChanges changes) {
    public UpdateMyProfile {
        Require.present(actor, "actor");
        Require.present(changes, "changes");
    }
}
