package io.witness.core.reconcile;

import io.witness.core.finding.ObservationNames;
import io.witness.core.contract.PartyId;
import io.witness.core.event.CaseId;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One side's ticket: its own id in that side's system ({@code INC0010003} in the client's ServiceNow,
 * {@code T1001} in the provider's PSA), the party whose system it is, its events in the order of the time
 * they claim, and the observations in the ledger they were derived from. Immutable and thread-safe.
 *
 * @param id the ticket's id in its own system, not null
 * @param side CLIENT or PROVIDER
 * @param party the party whose system holds it: the client, or the provider the ticket belongs to
 * @param events its events, all of this id and side, not empty; kept sorted by claimed time (stable)
 * @param observations the ledger observations the events come from ({@code acme#1234}); empty when the
 *     events were read from a file
 */
public record Ticket(CaseId id, Side side, PartyId party, List<TicketEvent> events, List<String> observations) {

    private static final Comparator<TicketEvent> BY_TIME = TicketEvent.BY_TIME;

    /** @throws IllegalArgumentException if there is no event, the side is WITNESS, or an event is of another ticket */
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(party, "party");
        if (side == Side.WITNESS) {
            throw new IllegalArgumentException("A ticket is the client's or the provider's, not witness's");
        }
        // Not copied when given as an unmodifiable list (List.of, List.copyOf); sorted only when not in order already.
        List<TicketEvent> kept = List.copyOf(events);
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("Ticket " + id + " has no event");
        }
        for (TicketEvent event : kept) {
            if (!event.caseId().equals(id) || event.side() != side) {
                throw new IllegalArgumentException("Ticket " + id + " (" + side.wireName() + ") was given an event of "
                        + event.caseId() + " (" + event.side().wireName() + ")");
            }
        }
        if (!inOrder(kept)) {
            List<TicketEvent> sorted = new ArrayList<>(kept);
            sorted.sort(BY_TIME);
            kept = List.copyOf(sorted);
        }
        events = kept;
        // Observation names stay numbers until read (ObservationNames); any other list is copied unmodifiable.
        observations = observations instanceof ObservationNames ? observations : List.copyOf(observations);
    }

    /** True when no event claims an earlier time than the one before it: the stable sort would leave them as they are. */
    private static boolean inOrder(List<TicketEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (BY_TIME.compare(events.get(i - 1), events.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** A ticket whose events were read from a file, with no ledger observations behind them. */
    public static Ticket of(CaseId id, Side side, PartyId party, List<TicketEvent> events) {
        return new Ticket(id, side, party, events, List.of());
    }

    /** When it was opened: its first {@code opened} event, else its first event. */
    public Instant openedAt() {
        // Without an Optional or an iterator: correlation and the register ask every ticket.
        for (int i = 0, n = events.size(); i < n; i++) {
            if (events.get(i) instanceof TicketOpened) {
                return events.get(i).at();
            }
        }
        return events.get(0).at();
    }

    /** Its first {@code opened} event, if it has one. */
    public Optional<TicketOpened> opening() {
        for (TicketEvent event : events) {
            if (event instanceof TicketOpened opened) {
                return Optional.of(opened);
            }
        }
        return Optional.empty();
    }

    /** The priority it was opened with, if it said. */
    public Optional<Priority> openingPriority() {
        return opening().flatMap(TicketOpened::priority);
    }

    /**
     * What it is about, as its {@code details} events say: each field as last recorded (a later event that
     * leaves a field out keeps the earlier value); references are gathered from every event, first seen first.
     */
    public TicketDetails details() {
        // Most tickets record their details once: those are the folded details, when their references hold
        // no repeat (correlation asks every ticket, and folding made eight objects and a set a ticket).
        DetailsRecorded only = null;
        for (TicketEvent event : events) {
            if (event instanceof DetailsRecorded recorded) {
                if (only != null) {
                    return folded();
                }
                only = recorded;
            }
        }
        if (only == null) {
            return TicketDetails.none();
        }
        List<ExternalReference> references = only.details().references();
        return references.size() < 2 || Set.copyOf(references).size() == references.size() ? only.details() : folded();
    }

    private TicketDetails folded() {
        TicketDetails folded = TicketDetails.none();
        Set<ExternalReference> references = new LinkedHashSet<>();
        for (TicketEvent event : events) {
            if (event instanceof DetailsRecorded recorded) {
                TicketDetails d = recorded.details();
                folded = new TicketDetails(
                        d.title().or(folded::title),
                        d.requester().or(folded::requester),
                        d.category().or(folded::category),
                        d.subcategory().or(folded::subcategory),
                        d.configurationItem().or(folded::configurationItem),
                        d.channel().or(folded::channel),
                        d.origin().or(folded::origin),
                        List.of());
                references.addAll(d.references());
            }
        }
        return new TicketDetails(folded.title(), folded.requester(), folded.category(), folded.subcategory(),
                folded.configurationItem(), folded.channel(), folded.origin(), List.copyOf(references));
    }

    /** The first time Witness saw any of its events, if any event says. */
    public Optional<Instant> firstSeenAt() {
        Instant first = null;
        for (TicketEvent event : events) {
            Instant seen = event.meta().seenAt().orElse(null);
            if (seen != null && (first == null || seen.isBefore(first))) {
                first = seen;
            }
        }
        return Optional.ofNullable(first);
    }

    /** {@code client INC0010003} or {@code provider T1001}. */
    public String label() {
        return side.wireName() + " " + id;
    }
}
