package io.memberkit.bootstrap.wiring;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * When a platform hands memberkit its own pool, memberkit's data source draws its connections from it (pointed at
 * memberkit's schema) instead of opening its own. The framework's data source is kept, only fed differently, so
 * Flyway, the transaction manager and Micronaut Data treat it exactly as on memberkit's own database. It keeps no
 * idle connection: what memberkit borrows goes back to the platform's pool, and closing memberkit returns all.
 */
@Singleton
@Requires(bean = PlatformDataSourceFactory.PlatformDataSource.class)
class PlatformDataSourceFactory implements BeanCreatedEventListener<DatasourceConfiguration> {
    /** Hikari's shortest idle timeout: a borrowed connection unused this long goes back to the platform. */
    private static final long IDLE_MILLIS = 10_000;
    private final PlatformDataSource platform;

    PlatformDataSourceFactory(PlatformDataSource platform) {
        this.platform = platform;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        var configuration = event.getBean();
        configuration.setDataSource(new SchemaBoundDataSource(platform.dataSource(), platform.schema()));
        // the platform's pool knows its own credentials: ask it for connections as it is
        configuration.setUsername(null);
        configuration.setPassword(null);
        configuration.setMinimumIdle(0);
        configuration.setIdleTimeout(IDLE_MILLIS);
        return configuration;
    }

    /** The pool a platform handed to {@link Memberkit.Builder#dataSource}, and the schema for memberkit's tables. */
    record PlatformDataSource(DataSource dataSource, String schema) {
    }
}
