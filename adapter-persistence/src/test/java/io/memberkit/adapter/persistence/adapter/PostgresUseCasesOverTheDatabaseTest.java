package io.memberkit.adapter.persistence.adapter;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("postgres")
class PostgresUseCasesOverTheDatabaseTest extends UseCasesOverTheDatabaseTest {
    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}
