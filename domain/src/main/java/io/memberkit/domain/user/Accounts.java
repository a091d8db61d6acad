package io.memberkit.domain.user;

import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The rules of accounts: who may manage them, and what creating, editing and deleting one does. */
public final class Accounts {
    private Accounts() {
    }

    /** Managing other people's accounts (list, create, update, delete, roles) is for site admins only. */
    public static void requireSiteAdmin(User actor) {
        if (!actor.isSiteAdmin()) {
            throw new Forbidden("Only site administrators can manage users.");
        }
    }

    /** A new account, its address taken as verified: the site admin who creates it vouches for it. */
    public static Change<User> create(User admin, UserId id, UserProfile profile, Set<SiteRole> roles, boolean active,
                                      Optional<User> emailOwner, Predicate<Slug> slugTaken, Instant now) {
        return create(admin, id, profile, roles, active, true, emailOwner, slugTaken, now);
    }

    /** A new account; its slug comes from its names, made unique with -1, -2… */
    public static Change<User> create(User admin, UserId id, UserProfile profile, Set<SiteRole> roles, boolean active,
                                      boolean emailVerified, Optional<User> emailOwner, Predicate<Slug> slugTaken,
                                      Instant now) {
        requireSiteAdmin(admin);
        emailOwner.ifPresent(owner -> {
            throw new RuleBroken(Rule.EMAIL_TAKEN, "That email address is already used by another account.");
        });
        var slug = Slug.from(profile.firstName() + " " + profile.lastName()).unique(slugTaken);
        var user = new User(id, slug, profile.firstName(), profile.lastName(), profile.email(), profile.about(),
                profile.website(), profile.avatar(), roles, active, now, null, null,
                emailVerified && profile.email() instanceof EmailAddress);
        return Change.of(user, new UserEvent.UserCreated(admin.id(), now, id));
    }

    /**
     * Someone signs up for an account of their own: never a site admin, and with a real email address, which is
     * how pending email invitations find them.
     */
    public static Change<User> register(UserId id, UserProfile profile, Optional<User> emailOwner,
                                        Predicate<Slug> slugTaken, Instant now) {
        return register(id, profile, true, emailOwner, slugTaken, now);
    }

    /**
     * As {@link #register(UserId, UserProfile, Optional, Predicate, Instant)}, saying whether the platform's sign-up
     * already confirmed the address ({@code emailVerified}); if not, it is confirmed later ({@link #markEmailVerified}).
     */
    public static Change<User> register(UserId id, UserProfile profile, boolean emailVerified,
                                        Optional<User> emailOwner, Predicate<Slug> slugTaken, Instant now) {
        if (!(profile.email() instanceof EmailAddress)) {
            throw InvalidInput.of("email", "is required");
        }
        emailOwner.ifPresent(owner -> {
            throw new RuleBroken(Rule.EMAIL_TAKEN, "That email address is already used by another account.");
        });
        var slug = Slug.from(profile.firstName() + " " + profile.lastName()).unique(slugTaken);
        var user = new User(id, slug, profile.firstName(), profile.lastName(), profile.email(), profile.about(),
                profile.website(), profile.avatar(), Set.of(), true, now, null, null, emailVerified);
        return Change.of(user, new UserEvent.UserCreated(id, now, id));
    }

    /**
     * A fresh site has no administrator, and only an administrator can make one: so the very first one promotes
     * themselves, once. As soon as a site admin exists, this is refused and roles go through admins.
     */
    public static Change<User> promoteFirstSiteAdmin(User actor, boolean anySiteAdmin, Instant now) {
        if (anySiteAdmin) {
            throw new Forbidden("This site has an administrator already: ask them to grant the role.");
        }
        var promoted = actor.withRoles(Set.of(SiteRole.ADMIN));
        return Change.of(promoted, new UserEvent.SiteRolesChanged(actor.id(), now, actor.id(), actor.roles(),
                promoted.roles()));
    }

    /**
     * An edit of someone's profile. {@code emailOwner} is whoever already holds the new address, if anyone.
     * Roles and activation change only when given (site admins only; the "me" path passes none).
     */
    public static Change<User> update(User actor, User target, ProfileChanges changes, Optional<Set<SiteRole>> roles,
                                      Optional<Boolean> active, Optional<User> emailOwner, Instant now) {
        if (target.isDeleted()) {
            throw new Gone("User has been deleted");
        }
        emailOwner.filter(owner -> !owner.id().equals(target.id())).ifPresent(owner -> {
            throw new RuleBroken(Rule.EMAIL_TAKEN, "That email address is already used by another account.");
        });
        var events = new ArrayList<DomainEvent>();
        var updated = target.withProfile(changes.applyTo(target.profile()));
        if (!updated.equals(target)) {
            events.add(new UserEvent.ProfileUpdated(actor.id(), now, target.id()));
        }
        if (roles.isPresent() && !roles.get().equals(target.roles())) {
            events.add(new UserEvent.SiteRolesChanged(actor.id(), now, target.id(), target.roles(), Set.copyOf(roles.get())));
            updated = updated.withRoles(roles.get());
        }
        if (active.isPresent() && active.get() != target.active()) {
            events.add(new UserEvent.UserActivationChanged(actor.id(), now, target.id(), active.get()));
            updated = updated.withActive(active.get());
        }
        return new Change<>(updated, events);
    }

    /** The admin path refuses to delete oneself: uData sends people to the "me" API for that. */
    public static void requireNotSelf(User admin, User target) {
        if (admin.id().equals(target.id())) {
            throw new Forbidden("You cannot delete yourself with this API. Use the \"me\" API instead.");
        }
    }

    /** The account as it is kept once deleted: anonymised, as uData does, so no personal data stays behind. */
    public static User anonymised(User user, Instant now) {
        return new User(user.id(), user.slug(), "DELETED", "DELETED",
                EmailAddress.parse(user.id().value().replaceAll("[^A-Za-z0-9._-]", "-") + "@deleted.invalid", "email"),
                null, null, null, Set.of(), false, user.since(), user.lastLogin(), now, false);
    }

    /**
     * The platform confirmed that the account's address is theirs (memberkit sends no mail and holds no token: the
     * platform checks the link, then a site admin or its own service account records it here). Marking an address
     * already verified changes nothing.
     */
    public static Change<User> markEmailVerified(User admin, User target, Instant now) {
        requireSiteAdmin(admin);
        if (target.isDeleted()) {
            throw new Gone("User has been deleted");
        }
        if (!(target.email() instanceof EmailAddress address)) {
            throw InvalidInput.of("email", "is required");
        }
        if (target.emailVerified()) {
            return Change.none(target);
        }
        return Change.of(target.withEmailVerified(), new UserEvent.EmailVerified(admin.id(), now, target.id(), address));
    }

}
