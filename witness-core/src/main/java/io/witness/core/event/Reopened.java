package io.witness.core.event;

import java.util.Objects;

/**
 * A resolved or closed ticket was opened again; the contract's reopen policy says what happens to its
 * clocks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 */
public record Reopened(EventMeta meta) implements TicketEvent {

    public Reopened {
        Objects.requireNonNull(meta, "meta");
    }

    @Override
    public Reopened withMeta(EventMeta meta) {
        return new Reopened(meta);
    }

    @Override
    public EventType type() {
        return EventType.REOPENED;
    }
}
