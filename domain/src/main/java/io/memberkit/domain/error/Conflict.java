package io.memberkit.domain.error;

/** See {@link ErrorKind#CONFLICT}. The message says what, in words a person can act on. */
public final class Conflict extends DomainException {
    public Conflict(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
