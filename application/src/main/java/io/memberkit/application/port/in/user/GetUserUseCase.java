package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;

/** One account; a deleted or inactive one is gone, except to site admins who still see inactive ones. */
public interface GetUserUseCase {
    User get(GetUser query);
}
