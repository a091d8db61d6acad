package io.memberkit.application.port.in.user;

import io.memberkit.domain.common.Page;
import io.memberkit.domain.user.User;

/** Lists or searches accounts (site admins only, as GET /users/). */
public interface ListUsersUseCase {
    Page<User> list(ListUsers query);
}
