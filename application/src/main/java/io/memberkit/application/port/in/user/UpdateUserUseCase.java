package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;

/** A site admin edits an account: profile, site roles, activation. Absent values stay as they are. */
public interface UpdateUserUseCase {
    User update(UpdateUser command);
}
