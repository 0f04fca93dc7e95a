package io.witness.core.reconcile;

import io.witness.core.event.Assigned;
import io.witness.core.event.Closed;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.PlanProvided;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Instant;
import java.util.Optional;

/** Copies of events with another meta: counted at another time, or without the time Witness saw them. */
final class EventCopies {

    private EventCopies() {
    }

    /** The event as if its source had claimed {@code at}. */
    static TicketEvent at(TicketEvent event, Instant at) {
        EventMeta m = event.meta();
        return withMeta(event, new EventMeta(m.caseId(), m.side(), at, m.seenAt(), m.sourceId()));
    }

    /** The event without the time Witness saw it: what its source says, to compare two versions. */
    static TicketEvent told(TicketEvent event) {
        EventMeta m = event.meta();
        return m.seenAt().isEmpty() ? event
                : withMeta(event, new EventMeta(m.caseId(), m.side(), m.at(), Optional.empty(), m.sourceId()));
    }

    static TicketEvent withMeta(TicketEvent event, EventMeta meta) {
        if (event instanceof TicketOpened e) {
            return new TicketOpened(meta, e.priority(), e.status(), e.statusClass());
        } else if (event instanceof StatusChanged e) {
            return new StatusChanged(meta, e.status(), e.statusClass());
        } else if (event instanceof PriorityChanged e) {
            return new PriorityChanged(meta, e.priority());
        } else if (event instanceof Assigned e) {
            return new Assigned(meta, e.group(), e.tier());
        } else if (event instanceof PublicReply) {
            return new PublicReply(meta);
        } else if (event instanceof PlanProvided) {
            return new PlanProvided(meta);
        } else if (event instanceof Resolved) {
            return new Resolved(meta);
        } else if (event instanceof Reopened) {
            return new Reopened(meta);
        } else if (event instanceof Closed) {
            return new Closed(meta);
        } else if (event instanceof CommentAdded e) {
            return new CommentAdded(meta, e.author(), e.isPublic());
        } else if (event instanceof DetailsRecorded e) {
            return new DetailsRecorded(meta, e.details());
        } else if (event instanceof SlaClaimed e) {
            return new SlaClaimed(meta, e.field(), e.value());
        }
        throw new IllegalArgumentException("Unknown event type " + event.type());
    }
}
