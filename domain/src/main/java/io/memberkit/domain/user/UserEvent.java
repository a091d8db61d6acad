package io.memberkit.domain.user;

import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.UserId;
import java.time.Instant;
import java.util.Set;

/** What happens to accounts. */
public sealed interface UserEvent extends DomainEvent {
    /** The account concerned. */
    UserId user();

    record UserCreated(UserId actor, Instant at, UserId user) implements UserEvent {
        @Override
        public String describe() {
            return "created user " + user;
        }
    }

    record ProfileUpdated(UserId actor, Instant at, UserId user) implements UserEvent {
        @Override
        public String describe() {
            return "updated the profile of " + user;
        }
    }

    record SiteRolesChanged(UserId actor, Instant at, UserId user, Set<SiteRole> from, Set<SiteRole> to) implements UserEvent {
        @Override
        public String describe() {
            return "changed the site roles of " + user + " from " + from + " to " + to;
        }
    }

    record UserActivationChanged(UserId actor, Instant at, UserId user, boolean active) implements UserEvent {
        @Override
        public String describe() {
            return (active ? "activated " : "deactivated ") + user;
        }
    }

    /** The platform confirmed the account's address; pending invitations sent to it become theirs. */
    record EmailVerified(UserId actor, Instant at, UserId user, EmailAddress email)
            implements UserEvent {
        @Override
        public String describe() {
            return "verified the email address of " + user;
        }
    }

    /** {@code sendMail} false is uData's {@code no_mail}. */
    record UserDeleted(UserId actor, Instant at, UserId user, boolean sendMail, boolean deleteComments) implements UserEvent {
        @Override
        public String describe() {
            return "deleted user " + user + (sendMail ? "" : " (no mail)") + (deleteComments ? " and their comments" : "");
        }
    }
}
