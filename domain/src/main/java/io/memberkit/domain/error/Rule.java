package io.memberkit.domain.error;

/** The named rules a {@link RuleBroken} refers to. Callers and tests match on these, never on messages. */
public enum Rule {
    /** Stricter than uData: an organization never loses its last admin. */
    LAST_ADMIN,
    /** The invitee or applicant is already a member of the organization. */
    ALREADY_MEMBER,
    /** A pending invitation or membership request already exists for that person. */
    PENDING_REQUEST_EXISTS,
    /** Assignments are only for the partial_editor role. */
    ASSIGNMENTS_REQUIRE_PARTIAL_EDITOR,
    /** An assigned object must belong to the organization. */
    ASSIGNMENT_OUTSIDE_ORGANIZATION,
    /** The member is not a partial editor of the organization, so cannot hold assignments. */
    NOT_PARTIAL_EDITOR,
    /** The invitation's delay ran out. */
    INVITATION_EXPIRED,
    /** Only a pending invitation or request can be handled. */
    NOT_PENDING,
    /** Invitations are canceled, not accepted or refused through the membership request path. */
    INVITATION_NOT_A_REQUEST,
    /** Only an invitation can be resent; a membership request is accepted or refused. */
    NOT_AN_INVITATION,
    /** Only invitations can be canceled; a membership request is refused. */
    ONLY_INVITATIONS_CAN_BE_CANCELED,
    /** The email address belongs to another account already. */
    EMAIL_TAKEN,
    /** An organization sent as many invitations as its window allows; the message says when the next one is possible. */
    INVITATION_RATE_LIMIT,
    /** An invitation by email is accepted only by the account whose verified address it is. */
    EMAIL_NOT_VERIFIED,
    /**
     * A batch (bulk invitation, membership plan) is refused as a whole because some of its lines are: nothing of it
     * was applied, and {@link RuleBroken#lines()} names each refused line and why.
     */
    LINES_REFUSED
}
