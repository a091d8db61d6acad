package io.memberkit.adapter.persistence.common;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Sets the {@link DatabasePassword} bean, when there is one, on the pool's configuration before the pool opens. */
@Singleton
final class DatabasePasswordSetter implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final Optional<DatabasePassword> password;

    DatabasePasswordSetter(Optional<DatabasePassword> password) {
        this.password = password;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        var configuration = event.getBean();
        password.ifPresent(p -> configuration.setPassword(p.value()));
        return configuration;
    }
}
