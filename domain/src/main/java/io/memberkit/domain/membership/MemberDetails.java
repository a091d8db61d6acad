package io.memberkit.domain.membership;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.user.User;

/** A member with their account, as member lists show them. */
public record MemberDetails(Member member, User user) {
    public MemberDetails {
        Require.present(member, "member");
        Require.present(user, "user");
    }
}
