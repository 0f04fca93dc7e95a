package io.witness.core.event;

import java.util.Objects;

/**
 * The ticket was closed: no more work is expected on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 */
public record Closed(EventMeta meta) implements TicketEvent {

    public Closed {
        Objects.requireNonNull(meta, "meta");
    }

    @Override
    public Closed withMeta(EventMeta meta) {
        return new Closed(meta);
    }

    @Override
    public EventType type() {
        return EventType.CLOSED;
    }
}
