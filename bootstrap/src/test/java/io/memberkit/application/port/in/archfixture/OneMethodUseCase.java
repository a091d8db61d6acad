package io.memberkit.application.port.in.archfixture;

/** Right: one interface, one method, named after what the caller wants. */
public interface OneMethodUseCase {
    String invite(InviteSomeone command);
}
