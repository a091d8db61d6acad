package io.memberkit.domain.error;

import java.util.Objects;

/** A domain rule refuses the change; {@link #rule()} names which one. */
public final class RuleBroken extends DomainException {
    private final Rule rule;

    public RuleBroken(Rule rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Rule rule() {
        return rule;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RULE_BROKEN;
    }
}
