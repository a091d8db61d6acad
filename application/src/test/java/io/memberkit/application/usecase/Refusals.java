package io.memberkit.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The two refusals whose detail matters: which rule broke, and which field was bad. Never the message. */
final class Refusals {
    private Refusals() {
    }

    static void assertRuleBroken(Rule rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RuleBroken.class).extracting("rule").isEqualTo(rule);
    }

    static void assertInvalidInput(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey(field));
    }
}
