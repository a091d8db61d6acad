package io.memberkit.domain.error;

/**
 * The one family of refusals that crosses every port. Callers switch over {@link #kind()};
 * tests assert the type and, for {@link RuleBroken}, the {@link Rule}, never the message.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, NotFound, Gone, Forbidden, Conflict, RuleBroken {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** What kind of refusal this is. */
    public abstract ErrorKind kind();
}
