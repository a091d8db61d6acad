package io.memberkit.domain.membership;

import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.UserId;

/** Who an invitation is for: a known user, or an email address. Never both, never neither. */
public sealed interface Invitee {

    record Known(UserId user) implements Invitee {
        public Known {
            Require.present(user, "user");
        }

        @Override
        public String toString() {
            return user.value();
        }
    }

    record ByEmail(EmailAddress email) implements Invitee {
        public ByEmail {
            Require.present(email, "email");
        }

        @Override
        public String toString() {
            return email.value();
        }
    }
}
