package io.memberkit.bootstrap.wiring;

import io.memberkit.domain.common.DomainEvent;

/**
 * What happens when a listener throws: the change it reacted to is committed and stays; the failure is reported
 * here (by default, logged at WARN with the event's type) and the other listeners still run.
 */
@FunctionalInterface
public interface ListenerFailureHandler {
    void failed(DomainEvent event, EventListener listener, RuntimeException failure);
}
