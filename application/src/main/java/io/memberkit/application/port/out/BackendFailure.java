package io.memberkit.application.port.out;

/**
 * The second small family: a backend (database or remote API) could not answer. Unlike a {@code DomainException}
 * this says nothing about the request's merit. No SQL, Netty or Jackson exception crosses a port; they become these.
 */
public abstract sealed class BackendFailure extends RuntimeException
        permits BackendFailure.Unavailable, BackendFailure.Unauthenticated, BackendFailure.BadAnswer,
        BackendFailure.NotSupported, BackendFailure.ReadOnly {

    protected BackendFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Unreachable, timed out, or still failing after the retries. */
    public static final class Unavailable extends BackendFailure {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The credentials were refused (401). The message never contains them. */
    public static final class Unauthenticated extends BackendFailure {
        public Unauthenticated(String message) {
            super(message, null);
        }
    }

    /** The answer could not be read: malformed or truncated body, unexpected status. Names the endpoint and status. */
    public static final class BadAnswer extends BackendFailure {
        public BadAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider has no such operation, e.g. invitations on AWX: "not supported by awx". */
    public static final class NotSupported extends BackendFailure {
        public NotSupported(String operation, String provider) {
            super(operation + " is not supported by " + provider, null);
        }
    }

    /** The backend is in read-only mode (uData's 423). */
    public static final class ReadOnly extends BackendFailure {
        public ReadOnly(String message) {
            super(message, null);
        }
    }
}
