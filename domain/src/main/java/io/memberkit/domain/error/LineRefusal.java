package io.memberkit.domain.error;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one line of a batch (a bulk invitation, a membership plan) is refused: its number (from 1, in the order
 * given; 0 for what is not on any line, such as a member the plan would remove), who it is about, and the refusal
 * as a {@link DomainException} would state it: its kind, the {@link Rule} or the field at fault, and a message.
 */
public record LineRefusal(int line, String subject, ErrorKind kind, Optional<Rule> rule, Optional<String> field,
                          String message) {
    public LineRefusal {
        if (line < 0) {
            throw new IllegalArgumentException("lines count from 1; 0 is for what is on no line");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        rule = rule == null ? Optional.empty() : rule;
        field = field == null ? Optional.empty() : field;
        Objects.requireNonNull(message, "message");
    }

    /** The refusal of line {@code line}, about {@code subject}, as {@code refusal} states it. */
    public static LineRefusal of(int line, String subject, DomainException refusal) {
        return new LineRefusal(line, subject, refusal.kind(),
                refusal instanceof RuleBroken broken ? Optional.of(broken.rule()) : Optional.empty(),
                refusal instanceof InvalidInput invalid ? Optional.of(invalid.field()) : Optional.empty(),
                refusal.getMessage());
    }

    /** One line for people: {@code line 3 (bob@example.org): ALREADY_MEMBER: User is already a member}. */
    public String describe() {
        return (line == 0 ? "not on any line" : "line " + line) + " (" + subject + "): "
                + rule.map(Rule::name).or(() -> field).orElse(kind.name()) + ": " + message;
    }
}
