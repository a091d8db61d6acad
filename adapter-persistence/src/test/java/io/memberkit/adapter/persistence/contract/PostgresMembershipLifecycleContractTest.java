package io.memberkit.adapter.persistence.contract;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.application.contract.MembershipLifecycleContract;
import io.memberkit.application.port.out.OutboundPorts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("postgres")
class PostgresMembershipLifecycleContractTest extends MembershipLifecycleContract {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected OutboundPorts ports() {
        return DATABASE.emptyPorts();
    }
}
