package io.memberkit.domain.user;

import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.PersonName;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Gone;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user account. {@code email} may be a real address or one a remote masked; {@code deleted} is set once the
 * account is deleted (soft delete), and a deleted or inactive user is {@link Gone}, which is not "not found".
 */
public record User(UserId id, Slug slug, String firstName, String lastName, Email email, String about,
                   WebUrl website, String avatar, Set<SiteRole> roles, boolean active, Instant since,
                   Instant lastLogin, Instant deleted) {

    public User {
        Require.present(id, "id");
        Require.present(slug, "slug");
        firstName = PersonName.require(firstName, "first_name");
        lastName = PersonName.require(lastName, "last_name");
        about = Require.text(about, "about");
        avatar = Require.text(avatar, "avatar");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Require.present(since, "since");
    }

    public boolean isSiteAdmin() {
        return roles.contains(SiteRole.ADMIN);
    }

    public boolean isDeleted() {
        return deleted != null;
    }

    /** Deleted or inactive: the account exists but cannot be used or shown to others. */
    public boolean isGone() {
        return isDeleted() || !active;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Refuses with {@link Gone} when the account is deleted or inactive, as uData's 410 does. */
    public User requireUsable() {
        if (isDeleted()) {
            throw new Gone("User has been deleted");
        }
        if (!active) {
            throw new Gone("User is not active");
        }
        return this;
    }

    public User withProfile(UserProfile profile) {
        return new User(id, slug, profile.firstName(), profile.lastName(), profile.email(), profile.about(),
                profile.website(), profile.avatar(), roles, active, since, lastLogin, deleted);
    }

    public User withRoles(Set<SiteRole> newRoles) {
        return new User(id, slug, firstName, lastName, email, about, website, avatar, newRoles, active, since,
                lastLogin, deleted);
    }

    public User withActive(boolean newActive) {
        return new User(id, slug, firstName, lastName, email, about, website, avatar, roles, newActive, since,
                lastLogin, deleted);
    }

    public UserProfile profile() {
        return new UserProfile(firstName, lastName, email, about, website, avatar);
    }
}
