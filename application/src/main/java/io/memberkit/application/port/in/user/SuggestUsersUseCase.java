package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;
import java.util.List;

/** Accounts whose names or slug start with a prefix, for completion (GET /users/suggest/). */
public interface SuggestUsersUseCase {
    List<User> suggest(SuggestUsers query);
}
