package io.memberkit.application.port.in.archfixture;

/** Wrong on purpose: an inbound port not named ...UseCase. */
public interface InviteSomeonePort {
    String invite(InviteSomeone command);
}
