package io.witness.core.reconcile;

import java.util.Comparator;

/**
 * A possible pair of a client and a provider ticket, ranked: stronger evidence first (same id, both
 * referring, one referring, fuzzy), then the higher fuzzy score, then the openings closer in time, then
 * the lower ids, so the same tickets always give the same cases.
 */
record Candidate(TicketFacts client, TicketFacts provider, int strength, double score, long gapMillis, Match match) {

    static final int SAME_ID = 4;
    static final int MUTUAL = 3;
    static final int ONE_WAY = 2;
    static final int FUZZY = 1;

    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt((Candidate c) -> -c.strength)
            .thenComparingDouble(c -> -c.score)
            .thenComparingLong(c -> c.gapMillis)
            .thenComparing(c -> c.client.id())
            .thenComparing(c -> c.provider.id());

    static long gap(TicketFacts a, TicketFacts b) {
        return Math.abs(a.opened - b.opened);
    }
}
