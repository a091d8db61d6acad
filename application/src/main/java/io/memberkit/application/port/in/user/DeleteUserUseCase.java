package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;

/** A site admin deletes an account (soft, anonymised); never their own through this path. */
public interface DeleteUserUseCase {
    User delete(DeleteUser command);
}
