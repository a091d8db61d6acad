package io.memberkit.bootstrap.roundtrip;

import io.memberkit.application.contract.FollowRepositoryContract;
import io.memberkit.application.port.out.OutboundPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The follow contract through the uData adapter against {@code memberkit serve} (see {@link RoundTripPorts} for
 * which ports go over HTTP and why): every follow is written as its follower, the API key's owner.
 */
class RoundTripFollowRepositoryContractTest extends FollowRepositoryContract {
    @RegisterExtension
    static final RoundTrip SERVER = new RoundTrip();

    @Override
    protected OutboundPorts ports() {
        return SERVER.emptyPorts();
    }
}
