package io.memberkit.bootstrap.wiring;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The platform's own pool, with every connection memberkit borrows pointed at memberkit's schema: memberkit's
 * tables live beside the platform's, never among them. The schema is created on first use.
 */
final class SchemaBoundDataSource implements DataSource {
    private final DataSource platform;
    private final String schema;
    private volatile boolean schemaReady;

    SchemaBoundDataSource(DataSource platform, String schema) {
        this.platform = platform;
        this.schema = schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(platform.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(platform.getConnection(username, password));
    }

    private Connection bind(Connection connection) throws SQLException {
        try {
            if (!schemaReady) {
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                }
                schemaReady = true;
            }
            connection.setSchema(schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return platform.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        platform.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        platform.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return platform.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return platform.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : platform.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || platform.isWrapperFor(type);
    }
}
