package io.memberkit.adapter.persistence.contract;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.application.contract.MembershipLifecycleContract;
import io.memberkit.application.port.out.OutboundPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2MembershipLifecycleContractTest extends MembershipLifecycleContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected OutboundPorts ports() {
        return DATABASE.emptyPorts();
    }
}
