package io.memberkit.bootstrap.archfixture;

import io.memberkit.adapter.http.archfixture.UdataIds;
import io.memberkit.application.port.in.archfixture.OneMethodUseCase;
import io.memberkit.application.service.archfixture.FixtureService;

/** Right: the composition root builds services and adapters. */
public final class Wiring {
    public OneMethodUseCase service() {
        return new FixtureService();
    }

    public UdataIds ids() {
        return new UdataIds();
    }
}
