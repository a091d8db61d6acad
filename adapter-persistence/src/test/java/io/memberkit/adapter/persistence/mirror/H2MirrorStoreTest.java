package io.memberkit.adapter.persistence.mirror;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2MirrorStoreTest extends MirrorStoreTest {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
