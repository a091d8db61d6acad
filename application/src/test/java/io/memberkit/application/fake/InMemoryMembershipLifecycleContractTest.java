package io.memberkit.application.fake;

import io.memberkit.application.contract.MembershipLifecycleContract;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.testing.TestClock;

/** The fakes are held to the same contract as the real adapters, so use-case tests over them mean something. */
class InMemoryMembershipLifecycleContractTest extends MembershipLifecycleContract {
    @Override
    protected OutboundPorts ports() {
        return new InMemoryStore(new TestClock()).ports();
    }
}
