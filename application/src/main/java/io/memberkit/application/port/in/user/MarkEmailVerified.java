package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;

/** The input of {@link MarkEmailVerifiedUseCase}. */
public record MarkEmailVerified(Actor actor, UserId user) {
    public MarkEmailVerified {
        Require.present(actor, "actor");
        Require.present(user, "user");
    }
}
