package io.memberkit.domain.membership;

/**
 * What a membership plan does with the members and invitations its desired list does not mention. There is no
 * default: a caller says which, so that no forgotten option ever removes anyone.
 */
public enum RemovalPolicy {
    /** Members and pending invitations missing from the list are left as they are. */
    KEEP_MISSING,
    /** Members missing from the list are removed, and pending invitations missing from it are canceled. */
    REMOVE_MISSING
}
