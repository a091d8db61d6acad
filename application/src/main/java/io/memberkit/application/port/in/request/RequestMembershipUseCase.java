package io.memberkit.application.port.in.request;

/** A user asks to join an organization; asking again while pending updates the request. */
public interface RequestMembershipUseCase {
    RequestOutcome request(RequestMembership command);
}
