package io.witness.core.event;

import java.util.Objects;

/**
 * What a source's own SLA fields say (ServiceNow's {@code made_sla}, a PSA's "SLA status", Jira's
 * "Time to resolution" breached flag): kept as that side's <em>claim</em>, to compare with the clocks
 * Witness computes, never used as truth.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meta the case, side and times, not null
 * @param field the source's field name, not blank
 * @param value its value as the source wrote it, not null
 */
public record SlaClaimed(EventMeta meta, String field, String value) implements TicketEvent {

    public SlaClaimed {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (field.isBlank()) {
            throw new IllegalArgumentException("A claim names the source's field, got a blank one");
        }
    }

    @Override
    public SlaClaimed withMeta(EventMeta meta) {
        return new SlaClaimed(meta, field, value);
    }

    @Override
    public EventType type() {
        return EventType.CLAIM;
    }
}
