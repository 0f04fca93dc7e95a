package io.witness.core.reconcile;

import io.witness.core.event.EventMeta;
import io.witness.core.event.TicketEvent;
import java.time.Instant;

/** Copies of events counted at another time. */
final class EventCopies {

    private EventCopies() {
    }

    /** The event as if its source had claimed {@code at}. */
    static TicketEvent at(TicketEvent event, Instant at) {
        EventMeta m = event.meta();
        return event.withMeta(m.withAt(at));
    }
}
