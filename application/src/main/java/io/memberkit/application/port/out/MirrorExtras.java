package io.memberkit.application.port.out;

import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.user.User;
import java.util.List;

/**
 * What only an organization's admins may read of it: its pending invitations and membership requests, and its
 * assignments, in the remote's ids, with the accounts of the people the requests and invitations name who are not
 * members. Empty when the key's owner may not read them.
 */
public record MirrorExtras(List<MembershipRequest> pending, List<Assignment> assignments, List<User> accounts) {
    /** Nothing readable. */
    public static final MirrorExtras NONE = new MirrorExtras(List.of(), List.of(), List.of());

    public MirrorExtras {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        pending = pending == null ? List.of() : List.copyOf(pending);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }
}
