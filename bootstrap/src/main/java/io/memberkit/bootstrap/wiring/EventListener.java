package io.memberkit.bootstrap.wiring;

import io.memberkit.domain.common.DomainEvent;

/**
 * A platform's reaction to what happened in memberkit. Called only after the use case's transaction committed,
 * never for a refused or rolled-back use case, in commit order for the events of one organization.
 */
@FunctionalInterface
public interface EventListener {
    void on(DomainEvent event);
}
