package io.memberkit.bootstrap.server;

/**
 * What the server itself refuses before any use case runs: no or a bad API key (401), a body that is not JSON or
 * not the expected shape (400). Domain refusals keep their own family; {@link Api} turns both into uData's bodies.
 */
final class ApiError extends RuntimeException {
    final int status;

    private ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }
}
