package io.memberkit.bootstrap.wiring;

import io.memberkit.application.port.out.EventLog;
import io.memberkit.application.port.out.UnitOfWork;
import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Hands the events of a unit of work to the listeners once it has committed: a decorator of the {@link UnitOfWork}
 * (knows when the outermost unit ends and how) and of the {@link EventLog} (sees each event appended).
 * <p>
 * Order: a unit that appended events takes a ticket just before it commits, while it still holds its
 * organization's row lock; so for one organization, ticket order is commit order. Batches are delivered strictly
 * in ticket order, and a unit that fails after taking its ticket gives it back empty, so the next one is not held
 * up. This orders delivery within one process; several processes on one database each deliver their own events.
 */
final class AfterCommitEvents {
    private final List<EventListener> listeners;
    private final ListenerFailureHandler onFailure;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private final AtomicLong tickets = new AtomicLong();
    private final Map<Long, List<DomainEvent>> completed = new HashMap<>();
    private long nextToDeliver = 1;

    AfterCommitEvents(List<EventListener> listeners, ListenerFailureHandler onFailure) {
        this.listeners = List.copyOf(listeners);
        this.onFailure = onFailure;
    }

    UnitOfWork around(UnitOfWork delegate) {
        return new UnitOfWork() {
            @Override
            public <T> T write(Supplier<T> work) {
                if (current.get() != null) {
                    return delegate.write(work); // joins the outer unit: it delivers
                }
                var unit = new Unit();
                current.set(unit);
                try {
                    T result = delegate.write(() -> {
                        T value = work.get();
                        if (!unit.events.isEmpty()) {
                            unit.ticket = tickets.incrementAndGet();
                        }
                        return value;
                    });
                    complete(unit.ticket, unit.events);
                    return result;
                } catch (RuntimeException | Error failure) {
                    complete(unit.ticket, List.of());
                    throw failure;
                } finally {
                    current.remove();
                }
            }

            @Override
            public <T> T read(Supplier<T> work) {
                return delegate.read(work);
            }
        };
    }

    EventLog around(EventLog delegate) {
        return new EventLog() {
            @Override
            public void append(DomainEvent event) {
                delegate.append(event);
                var unit = current.get();
                if (unit != null) {
                    unit.events.add(event);
                }
            }

            @Override
            public Page<AuditEntry> list(OrganizationId organization, PageRequest page) {
                return delegate.list(organization, page);
            }
        };
    }

    private synchronized void complete(long ticket, List<DomainEvent> events) {
        if (ticket == 0) {
            return; // appended nothing, took no ticket
        }
        completed.put(ticket, List.copyOf(events));
        while (completed.containsKey(nextToDeliver)) {
            deliver(completed.remove(nextToDeliver));
            nextToDeliver++;
        }
    }

    private void deliver(List<DomainEvent> events) {
        for (var event : events) {
            for (var listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException failure) {
                    onFailure.failed(event, listener, failure);
                }
            }
        }
    }

    private static final class Unit {
        final List<DomainEvent> events = new ArrayList<>();
        long ticket;
    }
}
