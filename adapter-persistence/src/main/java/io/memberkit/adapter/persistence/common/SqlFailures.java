package io.memberkit.adapter.persistence.common;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.InvalidInput;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the database refused into the domain's errors, so no SQL exception crosses a port. The schema repeats
 * the domain's rules; when the domain was bypassed or raced, its refusal arrives here by SQLSTATE, which H2 in
 * PostgreSQL mode and PostgreSQL share.
 */
public final class SqlFailures {
    /** Constraints whose violation is the fault of one input field rather than a collision with stored state. */
    private static final Map<String, String> FIELD_OF_CONSTRAINT = Map.of(
            "members_role_check", "role",
            "membership_requests_role_check", "role",
            "membership_requests_invitee_check", "invitee",
            "membership_requests_applicant_check", "invitee",
            "organizations_business_number_check", "business_number_id",
            "organization_badges_badge_check", "badge",
            "users_roles_check", "roles",
            "organizations_default_join_role_check", "default_join_role",
            "organization_domains_domain_check", "domain");

    private SqlFailures() {
    }

    /**
     * The domain error or backend failure a database failure stands for. Anything else (a domain error, a bug in
     * the caller's work) is returned unchanged: it is not the database's to explain.
     */
    public static RuntimeException translate(RuntimeException failure) {
        var sql = sqlException(failure);
        if (sql.isPresent()) {
            return fromSqlState(sql.get());
        }
        if (failure instanceof DataAccessException || failure instanceof TransactionException
                || failure instanceof ConnectionException) {
            return new BackendFailure.Unavailable("the database could not answer", failure);
        }
        return failure;
    }

    private static RuntimeException fromSqlState(SQLException e) {
        var state = Optional.ofNullable(e.getSQLState()).orElse("");
        var constraint = constraintName(e);
        return switch (state) {
            case "23505" -> new Conflict("Already exists" + about(constraint));
            case "23503", "23506" -> new Conflict("Refers to something that does not exist, or is still referred to"
                    + about(constraint));
            case "23514", "23513" -> InvalidInput.of(FIELD_OF_CONSTRAINT.getOrDefault(constraint, "value"),
                    "is not allowed" + about(constraint));
            case "23502" -> InvalidInput.of("value", "is required" + about(constraint));
            // serialization failure, deadlock, lock not available (PostgreSQL), lock timeout (H2)
            case "40001", "40P01", "55P03", "HYT00" -> new Conflict(
                    "Another change to the same data happened at the same time; please try again");
            default -> new BackendFailure.Unavailable("the database refused the statement (SQLSTATE " + state + ")", e);
        };
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /**
     * The violated constraint's name, found in the message: both databases quote it there. Only our own constraint
     * names are looked for, so no value from the row (which may be personal data) ends up in an error.
     */
    private static String constraintName(SQLException e) {
        var message = Optional.ofNullable(e.getMessage()).orElse("").toLowerCase(Locale.ROOT);
        return Constraints.NAMES.stream().filter(message::contains).findFirst().orElse(null);
    }

    private static String about(String constraint) {
        return constraint == null ? "" : " (" + constraint + ")";
    }
}
