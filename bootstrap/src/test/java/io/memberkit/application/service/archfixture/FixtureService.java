package io.memberkit.application.service.archfixture;

import io.memberkit.application.port.in.archfixture.OneMethodUseCase;
import io.memberkit.application.port.in.archfixture.InviteSomeone;

/** Right: a service implementing its use case; what may depend on it is what the rules are about. */
public final class FixtureService implements OneMethodUseCase {
    @Override
    public String invite(InviteSomeone command) {
        return command.email();
    }
}
