package io.witness.bench;

import io.witness.core.clock.ClockEngine;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated set of cases, each a list of its events in time order (about ten events a case), and the
 * instant the clocks are computed as of. The same count and seed give the same cases.
 *
 * @param cases one list of events per case, in time order
 * @param now the instant to compute as of: after every event but those of the last days of 2026
 */
record Workload(List<List<TicketEvent>> cases, Instant now) {

    /** Cases open during 2026; a few of the last ones run past {@link #NOW}. */
    static final Instant NOW = Instant.parse("2027-01-10T00:00:00Z");

    Workload {
        cases = List.copyOf(cases);
    }

    /**
     * Generates {@code count} cases from {@code seed}.
     *
     * @param count 0 or more
     */
    static Workload generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("A workload needs 0 or more cases, got " + count);
        }
        CaseGenerator generator = new CaseGenerator(new SplittableRandom(seed));
        List<List<TicketEvent>> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(generator.next(i + 1));
        }
        return new Workload(cases, NOW);
    }

    /** The events of all cases. */
    long eventCount() {
        long sum = 0;
        for (List<TicketEvent> events : cases) {
            sum += events.size();
        }
        return sum;
    }

    /**
     * The events the benchmark counts as processed in one pass: each case's size once per timeline
     * computed for it ({@link ClockEngine#timelinesOf}: one for a case on one side, three for a case on
     * both).
     */
    long timelineEvents() {
        return timelineEvents(0, cases.size());
    }

    /** {@link #timelineEvents()} for the cases {@code [fromInclusive, toExclusive)}. */
    long timelineEvents(int fromInclusive, int toExclusive) {
        long sum = 0;
        for (List<TicketEvent> events : cases.subList(fromInclusive, toExclusive)) {
            sum += (long) events.size() * ClockEngine.timelinesOf(events).size();
        }
        return sum;
    }
}
