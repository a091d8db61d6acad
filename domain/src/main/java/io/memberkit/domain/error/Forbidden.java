package io.memberkit.domain.error;

/** See {@link ErrorKind#FORBIDDEN}. The message says what, in words a person can act on. */
public final class Forbidden extends DomainException {
    public Forbidden(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
