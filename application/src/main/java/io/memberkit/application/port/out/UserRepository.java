package io.memberkit.application.port.out;

import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;

/** The accounts. Writes name what happened, so a remote adapter can call the matching endpoint. */
public interface UserRepository {
    /** Deleted and inactive accounts are returned too: callers decide whether they are gone. */
    Optional<User> find(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    boolean slugExists(Slug slug);

    /** Whether any usable account is a site admin: until one is, the first may promote themselves. */
    boolean anySiteAdmin();

    /** Accounts not deleted, filtered, sorted and paged by the store. */
    Page<User> list(UserQuery query, PageRequest page);

    /** Up to {@code size} usable accounts whose first name, last name or slug starts with {@code prefix}, case-insensitive. */
    List<User> suggest(String prefix, int size);

    /** Stores a new account and returns it as stored (a remote assigns its own id). */
    User add(User user);

    /** An administrator's edit of someone's account (profile, roles, activation). */
    void update(User user);

    /** The owner's edit of their own profile. */
    void updateOwnProfile(User user);

    /**
     * An administrator deletes an account: {@code anonymised} is what is kept. The account's memberships,
     * assignments, follows and pending requests go with it.
     */
    void delete(User anonymised, DeletionOptions options);

    /** The owner deletes their account; as {@link #delete}, through the "me" path. */
    void deleteOwnAccount(User anonymised);

    /** The platform confirmed the account's address. */
    void markEmailVerified(UserId user);

    /** uData's {@code no_mail} and {@code delete_comments}. */
    record DeletionOptions(boolean sendMail, boolean deleteComments) {
    }
}
