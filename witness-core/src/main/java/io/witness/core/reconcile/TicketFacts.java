package io.witness.core.reconcile;

import io.witness.core.event.TicketDetails;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What correlation compares of one ticket, worked out once; {@code matched} and {@code candidates} change as it
 * pairs tickets (on one thread).
 */
final class TicketFacts {

    final Ticket ticket;
    final TicketDetails details;
    final Set<String> words;
    final Optional<String> requester;
    final java.time.Instant openedAt;
    final long opened;
    final String key;
    final String id;
    boolean matched;
    /** The tickets of the other side this one names, while references are found; empty otherwise. */
    final java.util.List<TicketFacts> refersTo = new java.util.ArrayList<>();
    /** The system each of {@link #refersTo} was named with (a client's references). */
    final java.util.List<String> systems = new java.util.ArrayList<>();
    /** The candidates of the rule choosing now, best first; empty between rules. */
    final java.util.List<Candidate> candidates = new java.util.ArrayList<>();

    TicketFacts(Ticket ticket) {
        this.ticket = ticket;
        this.details = ticket.details();
        this.words = details.title().map(TitleSimilarity::words).orElse(Set.of());
        this.requester = details.requester().map(TitleSimilarity::person).filter(s -> !s.isEmpty());
        this.openedAt = ticket.openedAt();
        this.opened = openedAt.toEpochMilli();
        this.id = ticket.id().value();
        this.key = key(id);
    }

    void forgetReferences() {
        refersTo.clear();
        systems.clear();
    }

    String id() {
        return id;
    }

    static String key(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}
