package io.witness.core.event;

import java.util.Objects;

/**
 * The ticket was marked resolved: the work is done, pending confirmation or closure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 */
public record Resolved(EventMeta meta) implements TicketEvent {

    public Resolved {
        Objects.requireNonNull(meta, "meta");
    }

    @Override
    public Resolved withMeta(EventMeta meta) {
        return new Resolved(meta);
    }

    @Override
    public EventType type() {
        return EventType.RESOLVED;
    }
}
