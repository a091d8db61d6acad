package io.memberkit.application.port.in.archfixture;

/** Wrong on purpose: one declared method plus an inherited one is still two. */
public interface InheritingUseCase extends OneMethodUseCase {
    void cancel(InviteSomeone command);
}
