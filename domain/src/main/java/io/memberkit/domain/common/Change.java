package io.memberkit.domain.common;

import java.util.List;

/** The new state a rule produced, with what happened: events are returned, never published from inside the domain. */
public record Change<T>(T state, List<DomainEvent> events) {
    public Change {
        events = List.copyOf(events);
    }

    public static <T> Change<T> of(T state, DomainEvent event) {
        return new Change<>(state, List.of(event));
    }

    /** Nothing changed: the state as it was, no event. */
    public static <T> Change<T> none(T state) {
        return new Change<>(state, List.of());
    }
}
