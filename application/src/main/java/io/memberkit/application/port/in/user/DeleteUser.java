package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;

/** The input of {@link DeleteUserUseCase}: {@code sendMail} false is uData's {@code no_mail=true}. */
public record DeleteUser(Actor actor, UserId user, boolean sendMail, boolean deleteComments) {
    public DeleteUser {
        Require.present(actor, "actor");
        Require.present(user, "user");
    }
}
