package io.witness.core.event;

import java.util.Objects;

/**
 * The provider gave a plan of action for the ticket (what will be done and when), the event that stops
 * a contract's plan clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 */
public record PlanProvided(EventMeta meta) implements TicketEvent {

    public PlanProvided {
        Objects.requireNonNull(meta, "meta");
    }

    @Override
    public PlanProvided withMeta(EventMeta meta) {
        return new PlanProvided(meta);
    }

    @Override
    public EventType type() {
        return EventType.PLAN;
    }
}
