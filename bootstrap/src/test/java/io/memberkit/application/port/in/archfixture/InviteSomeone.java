package io.memberkit.application.port.in.archfixture;

/** Right: a command record; its nested sealed interface is part of the command, not a port. */
public record InviteSomeone(String email, Invitee invitee) {
    public sealed interface Invitee {
        record ByEmail(String email) implements Invitee {
        }
    }
}
