package io.memberkit.domain.archfixture;

import java.sql.Connection;

/** Wrong on purpose: a domain type reaching for JDBC (see ArchitectureRulesBiteTest). */
public final class DomainTypeUsingJdbc {
    private final Connection connection;

    public DomainTypeUsingJdbc(Connection connection) {
        this.connection = connection;
    }

    public boolean isClosed() throws java.sql.SQLException {
        return connection.isClosed();
    }
}
