package io.memberkit.adapter.http.common;

/**
 * Inside {@link RestClient} only: the remote could not be reached or did not answer in time. It never leaves the
 * client: once retries are over it becomes {@code BackendFailure.Unavailable}.
 */
final class TransportFailure extends RuntimeException {
    enum Kind { CONNECT, TIMEOUT, CLOSED }

    private final Kind kind;

    TransportFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** Nothing reached the remote, or the connection dropped before an answer: safe to try again if idempotent. */
    boolean retryable() {
        return kind != Kind.TIMEOUT;
    }
}
