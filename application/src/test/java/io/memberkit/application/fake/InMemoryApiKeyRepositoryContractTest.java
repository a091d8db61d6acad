package io.memberkit.application.fake;

import io.memberkit.application.contract.ApiKeyRepositoryContract;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.testing.TestClock;

class InMemoryApiKeyRepositoryContractTest extends ApiKeyRepositoryContract {
    @Override
    protected OutboundPorts ports() {
        return new InMemoryStore(new TestClock()).ports();
    }
}
