package io.memberkit.application.port.in.user;

import io.memberkit.domain.user.User;

/**
 * A site admin (in practice the platform's own service account, once its confirmation link was followed) records
 * that an account's address is verified. Pending invitations sent to that address become the account's.
 */
public interface MarkEmailVerifiedUseCase {
    User mark(MarkEmailVerified command);
}
