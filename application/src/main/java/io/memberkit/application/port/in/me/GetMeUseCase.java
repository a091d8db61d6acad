package io.memberkit.application.port.in.me;

import io.memberkit.domain.user.User;

/** The signed-in user's own account (uData GET /me/). */
public interface GetMeUseCase {
    User get(GetMe query);
}
