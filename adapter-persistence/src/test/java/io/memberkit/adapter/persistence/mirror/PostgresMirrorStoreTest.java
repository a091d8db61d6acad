package io.memberkit.adapter.persistence.mirror;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("postgres")
class PostgresMirrorStoreTest extends MirrorStoreTest {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
