package io.witness.core.event;

import java.util.Objects;

/**
 * The ticket's priority changed; the contract's priority-change policy says what happens to its clocks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 * @param priority the new priority, not null
 */
public record PriorityChanged(EventMeta meta, Priority priority) implements TicketEvent {

    public PriorityChanged {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(priority, "priority");
    }

    @Override
    public PriorityChanged withMeta(EventMeta meta) {
        return new PriorityChanged(meta, priority);
    }

    @Override
    public EventType type() {
        return EventType.PRIORITY;
    }
}
