package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.error.DomainException;

/**
 * The command line's exit codes: 0 done; 1 refused by a rule or permission; 2 bad usage or bad input; 3 remote
 * unreachable or failing; 4 not found or gone. The switch over the error kinds is exhaustive, so a new kind cannot
 * slip through without a code.
 */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int BAD_INPUT = 2;
    public static final int BACKEND_FAILED = 3;
    public static final int NOT_FOUND = 4;
    /** A bug: something no port should ever let through. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    public static int of(Throwable failure) {
        if (failure instanceof DomainException refusal) {
            return switch (refusal.kind()) {
                case INVALID_INPUT -> BAD_INPUT;
                case NOT_FOUND, GONE -> NOT_FOUND;
                case FORBIDDEN, CONFLICT, RULE_BROKEN -> REFUSED;
            };
        }
        if (failure instanceof BackendFailure backend) {
            if (backend instanceof BackendFailure.Unauthenticated) {
                return REFUSED;
            }
            if (backend instanceof BackendFailure.NotSupported) {
                return BAD_INPUT;
            }
            return BACKEND_FAILED;
        }
        return INTERNAL;
    }
}
