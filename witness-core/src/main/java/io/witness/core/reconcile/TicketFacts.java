package io.witness.core.reconcile;

import io.witness.core.event.TicketDetails;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What correlation compares of one ticket, worked out once; {@code matched} and {@code candidates} change as it
 * pairs tickets (on one thread). The title's words and the requester, which only the fuzzy rules compare, are
 * worked out by {@link #readTitleAndRequester()} for the tickets still free when those rules run.
 */
final class TicketFacts {

    final Ticket ticket;
    final TicketDetails details;
    /** The title's words ({@link TitleSimilarity#words}); set by {@link #readTitleAndRequester()}. */
    Set<String> words = Set.of();
    /** The requester as compared ({@link TitleSimilarity#person}); set by {@link #readTitleAndRequester()}. */
    Optional<String> requester = Optional.empty();
    /** When it opened: epoch milliseconds, and the instant's nanosecond of its second (orders instants finer than that). */
    final long opened;
    final int openedNano;
    final String key;
    final String id;
    boolean matched;
    /** How many candidates of the rule choosing now name this ticket; 0 between rules. */
    int candidateCount;
    /** The tickets of the other side this one names, while references are found; empty otherwise. */
    final java.util.List<TicketFacts> refersTo = new java.util.ArrayList<>();
    /** The system each of {@link #refersTo} was named with (a client's references). */
    final java.util.List<String> systems = new java.util.ArrayList<>();
    /** The candidates of the rule choosing now, best first; empty between rules. */
    final java.util.List<Candidate> candidates = new java.util.ArrayList<>();

    TicketFacts(Ticket ticket) {
        this.ticket = ticket;
        this.details = ticket.details();
        java.time.Instant openedAt = ticket.openedAt();
        this.opened = openedAt.toEpochMilli();
        this.openedNano = openedAt.getNano();
        this.id = ticket.id().value();
        this.key = key(id);
    }

    /** Works out what the fuzzy rules compare: the title's words and the requester. */
    void readTitleAndRequester() {
        words = details.title().map(TitleSimilarity::words).orElse(Set.of());
        requester = details.requester().map(TitleSimilarity::person).filter(s -> !s.isEmpty());
    }

    /** True when this ticket opened after the other (to the nanosecond). */
    boolean openedAfter(TicketFacts other) {
        return opened != other.opened ? opened > other.opened : openedNano > other.openedNano;
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
