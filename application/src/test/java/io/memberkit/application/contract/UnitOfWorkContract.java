package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.testing.TestUsers;
import org.junit.jupiter.api.Test;

/** What every {@code UnitOfWork} does: all of a use case's writes land, or none does. */
public abstract class UnitOfWorkContract extends PortContract {

    @Test
    void a_unit_of_work_returns_its_result_and_keeps_its_writes() {
        var user = TestUsers.aUser().build();

        var result = write(() -> {
            out.users().add(user);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(out.users().find(user.id())).contains(user);
    }

    @Test
    void a_unit_of_work_that_fails_leaves_nothing_half_written() {
        var first = TestUsers.aUser().build();
        var second = TestUsers.aUser().build();

        assertThatThrownBy(() -> run(() -> {
            out.users().add(first);
            out.users().add(second);
            throw new IllegalStateException("boom after two writes");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(out.users().find(first.id())).isEmpty();
        assertThat(out.users().find(second.id())).isEmpty();
    }

    @Test
    void a_nested_unit_of_work_joins_the_outer_one() {
        var inner = TestUsers.aUser().build();

        assertThatThrownBy(() -> run(() -> {
            run(() -> out.users().add(inner));
            throw new IllegalStateException("the outer unit fails after the inner one finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(out.users().find(inner.id())).isEmpty();
    }
}
