package io.memberkit.adapter.http.archfixture;

import io.memberkit.application.port.in.archfixture.InviteSomeone;
import io.memberkit.application.service.archfixture.FixtureService;

/** Wrong on purpose: an adapter reaching the service instead of the port it implements. */
public final class AdapterCallingAService {
    public String invite() {
        return new FixtureService().invite(new InviteSomeone("ada@example.org", null));
    }
}
