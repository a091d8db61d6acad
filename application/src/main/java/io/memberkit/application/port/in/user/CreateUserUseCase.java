package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;

/** A site admin creates an account; its slug comes from its names. */
public interface CreateUserUseCase {
    User create(CreateUser command);
}
