package io.memberkit.domain.user;

import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.PersonName;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.Gone;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user account. {@code email} may be a real address or one a remote masked; {@code deleted} is set once the
 * account is deleted (soft delete), and a deleted or inactive user is {@link Gone}, which is not "not found".
 * {@code emailVerified} says the platform confirmed the address belongs to this account: only then does an
 * invitation sent to that address become theirs, or does the address's domain let them join an organization.
 */
public record User(UserId id, Slug slug, String firstName, String lastName, Email email, String about,
                   WebUrl website, String avatar, Set<SiteRole> roles, boolean active, Instant since,
                   Instant lastLogin, Instant deleted, boolean emailVerified) {

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

    /** An account whose email counts as verified: one created by an admin, or read from a provider that confirms addresses. */
    public User(UserId id, Slug slug, String firstName, String lastName, Email email, String about, WebUrl website,
                String avatar, Set<SiteRole> roles, boolean active, Instant since, Instant lastLogin, Instant deleted) {
        this(id, slug, firstName, lastName, email, about, website, avatar, roles, active, since, lastLogin, deleted,
                true);
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

    /** A new address is not verified, whoever wrote it: the platform confirms it again. */
    public User withProfile(UserProfile profile) {
        boolean sameEmail = Objects.equals(profile.email(), email);
        return new User(id, slug, profile.firstName(), profile.lastName(), profile.email(), profile.about(),
                profile.website(), profile.avatar(), roles, active, since, lastLogin, deleted,
                sameEmail && emailVerified);
    }

    public User withRoles(Set<SiteRole> newRoles) {
        return new User(id, slug, firstName, lastName, email, about, website, avatar, newRoles, active, since,
                lastLogin, deleted, emailVerified);
    }

    public User withActive(boolean newActive) {
        return new User(id, slug, firstName, lastName, email, about, website, avatar, roles, newActive, since,
                lastLogin, deleted, emailVerified);
    }

    public User withEmailVerified() {
        return new User(id, slug, firstName, lastName, email, about, website, avatar, roles, active, since,
                lastLogin, deleted, true);
    }

    /** The address, when it is a real one and verified: what email invitations and verified domains go by. */
    public Optional<EmailAddress> verifiedEmail() {
        return emailVerified && email instanceof EmailAddress address ? Optional.of(address)
                : Optional.empty();
    }

    public UserProfile profile() {
        return new UserProfile(firstName, lastName, email, about, website, avatar);
    }
}
