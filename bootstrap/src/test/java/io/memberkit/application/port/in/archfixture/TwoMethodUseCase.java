package io.memberkit.application.port.in.archfixture;

/** Wrong on purpose: a use case with two methods is two use cases. */
public interface TwoMethodUseCase {
    String invite(InviteSomeone command);

    void cancel(InviteSomeone command);
}
