package io.memberkit.application.port.in.me;

import io.memberkit.domain.user.User;

/** The signed-in user deletes their account (DELETE /me/). Refused while they are an organization's last admin. */
public interface DeleteMyAccountUseCase {
    User delete(DeleteMyAccount command);
}
