package io.witness.core.event;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something one side's system says happened to a case, at the time it claims. Events are facts as told,
 * not judgements: two sides may tell the same case differently, and the clocks and reconciliation compare
 * their tellings.
 *
 * <p>Every implementation is an immutable, thread-safe record whose first component is its
 * {@link EventMeta}.
 */
public sealed interface TicketEvent
        permits TicketOpened, StatusChanged, PriorityChanged, Assigned, PublicReply, PlanProvided, Resolved,
                Reopened, Closed, CommentAdded, DetailsRecorded, SlaClaimed {

    /**
     * Events in the order of their claimed times, as {@code Comparator.comparing(TicketEvent::at)}, without an
     * {@code Instant} made for each comparison.
     */
    Comparator<TicketEvent> BY_TIME = (a, b) -> a.meta().compareAt(b.meta());

    /** The case, side and times of this event. */
    EventMeta meta();

    /**
     * The same event with another meta: counted at another time, seen at another, or from another record.
     *
     * @param meta not null
     */
    TicketEvent withMeta(EventMeta meta);

    /** What the source says, without the time Witness saw it: two tellings compare equal when they say the same. */
    default TicketEvent told() {
        EventMeta m = meta();
        return m.hasSeenAt() ? withMeta(m.withoutSeenAt()) : this;
    }

    /** The kind of event, as the {@code type} field of the JSON-lines format names it. */
    EventType type();

    /** The case this event is about. */
    default CaseId caseId() {
        return meta().caseId();
    }

    /** The side whose system said it: the client or the provider. */
    default Side side() {
        return meta().side();
    }

    /** The time the source claims it happened. */
    default Instant at() {
        return meta().at();
    }
}
