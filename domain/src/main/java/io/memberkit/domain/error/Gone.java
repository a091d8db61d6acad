package io.memberkit.domain.error;

/** See {@link ErrorKind#GONE}. The message says what, in words a person can act on. */
public final class Gone extends DomainException {
    public Gone(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.GONE;
    }
}
