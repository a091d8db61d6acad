package io.memberkit.adapter.persistence.common;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * One migration script serves H2 and PostgreSQL; the two spellings it cannot share are placeholders, chosen from
 * the database actually connected, so switching to PostgreSQL is a matter of configuration only.
 */
@Singleton
@Named("default")
final class SqlDialectPlaceholders implements FlywayConfigurationCustomizer {

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        boolean postgres = isPostgres(configuration);
        configuration.placeholders(Map.of(
                "lc_collation", postgres ? "COLLATE \"C\"" : "",
                "stored", postgres ? "STORED" : ""));
    }

    @Override
    public String getName() {
        return "default";
    }

    private static boolean isPostgres(FluentConfiguration configuration) {
        try (var connection = configuration.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new FlywayException("cannot tell which database to migrate", e);
        }
    }
}
