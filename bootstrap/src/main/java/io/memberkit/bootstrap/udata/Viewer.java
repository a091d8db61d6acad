package io.memberkit.bootstrap.udata;

import io.memberkit.domain.membership.Member;
import io.memberkit.domain.user.User;
import java.util.Optional;

/**
 * Who is looking, and their membership of the organization being shown: what decides which email and login
 * dates a payload shows ({@code Permissions.visibleMemberEmail} and {@code visibleUserEmail}).
 */
public record Viewer(Optional<User> user, Optional<Member> membership) {
    public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), Optional.empty());

    public static Viewer of(Optional<User> user) {
        return new Viewer(user, Optional.empty());
    }

    public Viewer in(Optional<Member> membershipOfShownOrganization) {
        return new Viewer(user, membershipOfShownOrganization);
    }

    public boolean isSiteAdmin() {
        return user.map(User::isSiteAdmin).orElse(false);
    }
}
