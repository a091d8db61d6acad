package io.memberkit.adapter.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.InvalidInput;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void a_unique_violation_is_a_conflict_naming_the_constraint_but_no_value() {
        var failure = translate("duplicate key value violates unique constraint \"users_email_key\""
                + " Detail: Key (email)=(ada@example.org) already exists.", "23505");

        assertThat(failure).isInstanceOf(Conflict.class).hasMessageContaining("users_email_key")
                .hasMessageNotContaining("ada@example.org");
    }

    @Test
    void a_check_violation_is_invalid_input_on_the_field_at_fault() {
        var failure = translate("new row violates check constraint \"members_role_check\"", "23514");

        assertThat(failure).isInstanceOf(InvalidInput.class);
        assertThat(((InvalidInput) failure).field()).isEqualTo("role");
    }

    @Test
    void lock_timeouts_deadlocks_and_serialization_failures_are_conflicts_worth_retrying() {
        for (var state : new String[] {"HYT00", "40P01", "40001", "55P03"}) {
            assertThat(translate("busy", state)).as(state).isInstanceOf(Conflict.class)
                    .hasMessageContaining("try again");
        }
    }

    @Test
    void any_other_database_failure_is_the_backend_being_unavailable() {
        assertThat(translate("connection lost", "08006")).isInstanceOf(BackendFailure.Unavailable.class);
        assertThat(SqlFailures.translate(new DataAccessException("no connection")))
                .isInstanceOf(BackendFailure.Unavailable.class);
    }

    @Test
    void failures_that_are_not_the_databases_pass_unchanged() {
        var bug = new IllegalStateException("a bug in the caller's work");

        assertThat(SqlFailures.translate(bug)).isSameAs(bug);
    }

    private static RuntimeException translate(String message, String sqlState) {
        return SqlFailures.translate(new DataAccessException("statement failed", new SQLException(message, sqlState)));
    }
}
