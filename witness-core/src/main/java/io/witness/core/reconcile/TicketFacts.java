package io.witness.core.reconcile;

import io.witness.core.event.TicketDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What correlation compares of one ticket, worked out once; {@code matched}, the references it names and its
 * candidates change as it pairs tickets. The title's words and the requester, which only the fuzzy rules compare,
 * are worked out by {@link #readTitleAndRequester()} for the tickets still free when those rules run. What is
 * kept only while a rule runs (references, contested candidates) is made only for the tickets that have some.
 */
final class TicketFacts {

    private static final TicketFacts[] NO_TICKETS = {};
    private static final String[] NO_SYSTEMS = {};

    final Ticket ticket;
    final TicketDetails details;
    /** The title's words ({@link TitleSimilarity#words}); set by {@link #readTitleAndRequester()}. */
    Set<String> words = Set.of();
    /** The requester as compared ({@link TitleSimilarity#person}); set by {@link #readTitleAndRequester()}. */
    Optional<String> requester = Optional.empty();
    /** When it opened: epoch milliseconds, and the instant's nanosecond of its second (orders instants finer than that). */
    final long opened;
    final int openedNano;
    final String id;
    boolean matched;
    /** How many candidates of the rule choosing now name this ticket; 0 between rules. */
    int candidateCount;
    /** The tickets of the other side this one names, while references are found (the first {@link #named}). */
    private TicketFacts[] refersTo = NO_TICKETS;
    /** The system each of {@link #refersTo} was named with (a client's references). */
    private String[] systems = NO_SYSTEMS;
    /** How many of {@link #refersTo} there are. */
    private int named;
    /** The candidates of the rule choosing now, best first, when it has more than one; null between rules. */
    private @Nullable List<Candidate> candidates;

    TicketFacts(Ticket ticket) {
        this.ticket = ticket;
        this.details = ticket.details();
        Instant openedAt = ticket.openedAt();
        this.opened = openedAt.toEpochMilli();
        this.openedNano = openedAt.getNano();
        this.id = ticket.id().value();
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

    /** Notes that this ticket names {@code other} (with {@code system}, or null), unless it named it before. */
    void refer(TicketFacts other, @Nullable String system) {
        if (refersTo(other)) {
            return;
        }
        if (named == refersTo.length) {
            // Room for every reference its details hold: most tickets name one ticket, once.
            int room = Math.max(named + 1, details.references().size());
            refersTo = java.util.Arrays.copyOf(refersTo, room);
            systems = java.util.Arrays.copyOf(systems, room);
        }
        refersTo[named] = other;
        systems[named] = system;
        named++;
    }

    /** True when this ticket names {@code other} (while references are found). */
    boolean refersTo(TicketFacts other) {
        for (int i = 0; i < named; i++) {
            if (refersTo[i] == other) {
                return true;
            }
        }
        return false;
    }

    /** How many tickets this one names (while references are found). */
    int named() {
        return named;
    }

    /** The {@code i}th ticket this one names. */
    TicketFacts named(int i) {
        return refersTo[i];
    }

    /** The system the {@code i}th ticket was named with. */
    String system(int i) {
        return systems[i];
    }

    void forgetReferences() {
        refersTo = NO_TICKETS;
        systems = NO_SYSTEMS;
        named = 0;
    }

    /** Keeps a contested candidate of the rule choosing now (given best first). */
    void addCandidate(Candidate candidate) {
        if (candidates == null) {
            candidates = new ArrayList<>(2);
        }
        candidates.add(candidate);
    }

    /** The contested candidates of the rule choosing now, best first. */
    List<Candidate> candidates() {
        return candidates == null ? List.of() : candidates;
    }

    void forgetCandidates() {
        candidates = null;
    }

    String id() {
        return id;
    }

    /** The id as correlation compares it: trimmed, in lower case ({@link TicketIndex} compares ASCII ids in place). */
    static String key(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}
