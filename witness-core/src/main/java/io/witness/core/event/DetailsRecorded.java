package io.witness.core.event;

import java.util.Objects;

/**
 * A side recorded (or changed) what a ticket is about: title, requester, category, configuration item,
 * channel, origin, references to the other side's ticket. Fields it leaves out keep what was recorded
 * before. Clocks ignore it unless a condition names it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 * @param details what was recorded, not null
 */
public record DetailsRecorded(EventMeta meta, TicketDetails details) implements TicketEvent {

    public DetailsRecorded {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(details, "details");
    }

    @Override
    public DetailsRecorded withMeta(EventMeta meta) {
        return new DetailsRecorded(meta, details);
    }

    @Override
    public EventType type() {
        return EventType.DETAILS;
    }
}
