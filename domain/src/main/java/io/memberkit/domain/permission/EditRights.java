package io.memberkit.domain.permission;

import io.memberkit.domain.membership.MemberRole;
import java.util.Optional;

/**
 * The facts behind "may user U edit object O of organization G", loaded in one query on the hot path:
 * whether U is a usable site admin, U's role in G, and whether O is assigned to U in G.
 */
public record EditRights(boolean userUsable, boolean siteAdmin, Optional<MemberRole> role, boolean assigned) {
    public static final EditRights NOBODY = new EditRights(false, false, Optional.empty(), false);

    public EditRights {
        role = role == null ? Optional.empty() : role;
    }
}
