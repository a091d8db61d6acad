package io.memberkit.application.port.in.me;

import io.memberkit.domain.user.User;

/** The signed-in user edits their own profile (PUT /me/); roles and activation are not theirs to change. */
public interface UpdateMyProfileUseCase {
    User update(UpdateMyProfile command);
}
