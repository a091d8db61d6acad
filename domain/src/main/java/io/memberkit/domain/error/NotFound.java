package io.memberkit.domain.error;

/** See {@link ErrorKind#NOT_FOUND}. The message says what, in words a person can act on. */
public final class NotFound extends DomainException {
    public NotFound(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
