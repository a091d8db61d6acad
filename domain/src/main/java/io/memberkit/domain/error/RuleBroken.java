package io.memberkit.domain.error;

import java.util.List;
import java.util.Objects;

/** A domain rule refuses the change; {@link #rule()} names which one. */
public final class RuleBroken extends DomainException {
    private final Rule rule;
    private final List<LineRefusal> lines;

    public RuleBroken(Rule rule, String message) {
        this(rule, message, List.of());
    }

    /** A batch refused as a whole: {@code lines} names each refused line and why. */
    public RuleBroken(Rule rule, String message, List<LineRefusal> lines) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.lines = List.copyOf(lines);
    }

    public Rule rule() {
        return rule;
    }

    /** For a batch refused as a whole ({@link Rule#LINES_REFUSED}): every refused line. Empty otherwise. */
    public List<LineRefusal> lines() {
        return lines;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RULE_BROKEN;
    }
}
