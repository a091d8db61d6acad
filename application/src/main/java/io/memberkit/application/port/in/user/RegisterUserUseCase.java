package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;

/** Someone signs up for an account of their own (uData's /register): never a site admin. */
public interface RegisterUserUseCase {
    User register(RegisterUser command);
}
