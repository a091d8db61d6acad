package io.memberkit.domain.permission;

import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.error.Forbidden;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.user.User;
import java.util.Optional;

/**
 * Who may do what, as uData computes it. {@code viewer} is empty for an anonymous actor; {@code membership} is the
 * viewer's membership of the organization concerned, if any. Site admins may do everything.
 */
public final class Permissions {
    static final String DENIED = "You do not have the permission to modify that object.";

    private Permissions() {
    }

    /** The permission object: admin all; editor private only; partial editor, other users and anonymous none. */
    public static OrganizationPermissions on(Optional<User> viewer, Optional<Member> membership) {
        if (viewer.isEmpty() || viewer.get().isGone()) {
            return OrganizationPermissions.NONE;
        }
        if (viewer.get().isSiteAdmin()) {
            return OrganizationPermissions.ALL;
        }
        return membership.map(Member::role).map(role -> switch (role) {
            case ADMIN -> OrganizationPermissions.ALL;
            case EDITOR -> OrganizationPermissions.EDITOR;
            case PARTIAL_EDITOR -> OrganizationPermissions.NONE;
        }).orElse(OrganizationPermissions.NONE);
    }

    /** Editing the organization itself. */
    public static void requireEdit(Optional<User> viewer, Optional<Member> membership) {
        require(on(viewer, membership).edit());
    }

    public static void requireDelete(Optional<User> viewer, Optional<Member> membership) {
        require(on(viewer, membership).delete());
    }

    /** Inviting, changing roles, removing members, handling requests, syncing assignments. */
    public static void requireMembers(Optional<User> viewer, Optional<Member> membership) {
        require(on(viewer, membership).members());
    }

    /** Seeing what is internal to the organization: requests, assignments, audit trail. */
    public static void requirePrivate(Optional<User> viewer, Optional<Member> membership) {
        require(on(viewer, membership).privateAccess());
    }

    /** Whether a deleted organization is still visible to this viewer: to its members and site admins. */
    public static boolean maySeeDeleted(Optional<User> viewer, Optional<Member> membership) {
        return viewer.filter(u -> !u.isGone()).map(u -> u.isSiteAdmin() || membership.isPresent()).orElse(false);
    }

    /** May user U edit object O of organization G: admin and editor any object of G, partial editor assigned ones only. */
    public static boolean mayEdit(EditRights rights) {
        if (!rights.userUsable()) {
            return false;
        }
        if (rights.siteAdmin()) {
            return true;
        }
        return rights.role().map(role -> role != MemberRole.PARTIAL_EDITOR || rights.assigned()).orElse(false);
    }

    /**
     * A member's email as {@code viewer} may see it: site admins in full; the organization's admins and editors
     * masked ({@code ad***@example.org}); everyone else only the domain ({@code ***@example.org}).
     */
    public static Optional<Email> visibleMemberEmail(Optional<User> viewer, Optional<Member> viewerMembership,
                                                     Email email) {
        if (email == null) {
            return Optional.empty();
        }
        if (!(email instanceof EmailAddress address)) {
            return Optional.of(email);
        }
        if (viewer.map(User::isSiteAdmin).orElse(false)) {
            return Optional.of(address);
        }
        if (on(viewer, viewerMembership).privateAccess()) {
            return Optional.of(address.maskedForMembers());
        }
        return Optional.of(address.maskedForOthers());
    }

    /** A user's own email and a site admin's view show it; a third party sees none (uData's {@code email: null}). */
    public static Optional<Email> visibleUserEmail(Optional<User> viewer, User user) {
        return viewer.filter(v -> v.isSiteAdmin() || v.id().equals(user.id())).map(v -> user.email());
    }

    /** Badges and other site-wide decisions. */
    public static void requireSiteAdmin(User actor) {
        require(actor.isSiteAdmin());
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new Forbidden(DENIED);
        }
    }
}
