package io.memberkit.domain.error;

/** The kinds of refusal. A {@code switch} over this enum must be exhaustive, so exit codes and HTTP statuses miss none. */
public enum ErrorKind {
    /** The input is malformed: a field is missing, too long or of the wrong shape. */
    INVALID_INPUT,
    /** What was asked for does not exist. */
    NOT_FOUND,
    /** It existed but was deleted or deactivated. */
    GONE,
    /** The actor may not do this. */
    FORBIDDEN,
    /** The request collides with the current state (already accepted, duplicate row). */
    CONFLICT,
    /** A domain rule refuses the change; {@link RuleBroken#rule()} names it. */
    RULE_BROKEN
}
