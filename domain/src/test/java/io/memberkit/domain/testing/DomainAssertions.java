package io.memberkit.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Refusals as tests assert them: the error type, then the {@link Rule} or the field at fault, never the message
 * (messages are for people and may be reworded).
 */
public final class DomainAssertions {
    private DomainAssertions() {
    }

    /** Asserts that {@code call} is refused by {@code rule}. */
    public static RuleBroken assertBreaks(Rule rule, ThrowingCallable call) {
        var error = catchThrowableOfType(RuleBroken.class, call);
        assertThat(error).as("a RuleBroken(%s)", rule).isNotNull();
        assertThat(error.rule()).isEqualTo(rule);
        return error;
    }

    /** Asserts that {@code call} is refused as invalid input on exactly {@code field}. */
    public static InvalidInput assertInvalid(String field, ThrowingCallable call) {
        var error = catchThrowableOfType(InvalidInput.class, call);
        assertThat(error).as("an InvalidInput on %s", field).isNotNull();
        assertThat(error.errors()).containsOnlyKeys(field);
        return error;
    }
}
