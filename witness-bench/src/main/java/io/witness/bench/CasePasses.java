package io.witness.bench;

import io.witness.core.clock.ClockEngine;
import io.witness.core.clock.ClockResult;
import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One pass over a range of cases, each timeline of each case, through the engine or through the plain
 * baseline. Each pass returns a checksum of what it computed and parks its latest results in a small
 * ring, so that the JIT can drop neither the work nor the allocation of the results.
 */
final class CasePasses {

    /** Results kept alive a little while: enough to escape, too few to be promoted. */
    static final int RING = 1024;

    private CasePasses() {
    }

    /**
     * Computes every clock of the cases {@code [fromInclusive, toExclusive)} on each of their timelines.
     *
     * @return the sum of each result's elapsed milliseconds, state and cycle
     */
    static long engine(ClockEngine engine, List<List<TicketEvent>> cases, int fromInclusive, int toExclusive,
            Instant now, Object[] ring) {
        return enginePass(engine, cases, fromInclusive, toExclusive, now, ring, false);
    }

    /**
     * {@link #engine} reading besides every result's {@link ClockResult#due()} and
     * {@link ClockResult#warningAt()}, which a result counts on its calendar only when they are read.
     *
     * @return the sum of each result's elapsed milliseconds, state, cycle, due and warning epoch milliseconds
     */
    static long engineReadingDue(ClockEngine engine, List<List<TicketEvent>> cases, int fromInclusive,
            int toExclusive, Instant now, Object[] ring) {
        return enginePass(engine, cases, fromInclusive, toExclusive, now, ring, true);
    }

    private static long enginePass(ClockEngine engine, List<List<TicketEvent>> cases, int fromInclusive,
            int toExclusive, Instant now, Object[] ring, boolean readDue) {
        long checksum = 0;
        for (int c = fromInclusive; c < toExclusive; c++) {
            List<TicketEvent> events = cases.get(c);
            CaseId caseId = events.get(0).caseId();
            for (Side side : ClockEngine.timelinesOf(events)) {
                List<ClockResult> results = engine.compute(caseId, events, side, now);
                for (ClockResult result : results) {
                    checksum += result.elapsedMillis() + result.state().ordinal() + result.cycle();
                    if (readDue) {
                        checksum += epochMillis(result.due()) + epochMillis(result.warningAt());
                    }
                }
                ring[c & (RING - 1)] = results;
            }
        }
        return checksum;
    }

    private static long epochMillis(Optional<Instant> instant) {
        return instant.isPresent() ? instant.get().toEpochMilli() : 0;
    }

    /**
     * Reduces the cases {@code [fromInclusive, toExclusive)} on each of their timelines to plain
     * wall-clock durations.
     *
     * @return the sum of the durations
     */
    static long baseline(List<List<TicketEvent>> cases, int fromInclusive, int toExclusive, Instant now,
            Object[] ring) {
        long nowMillis = now.toEpochMilli();
        long checksum = 0;
        for (int c = fromInclusive; c < toExclusive; c++) {
            List<TicketEvent> events = cases.get(c);
            CaseId caseId = events.get(0).caseId();
            for (Side side : ClockEngine.timelinesOf(events)) {
                WallClockDurations durations = WallClockDurations.of(caseId, events, side, nowMillis);
                checksum += durations.openedToFirstReplyMillis() + durations.openedToResolvedMillis();
                ring[c & (RING - 1)] = durations;
            }
        }
        return checksum;
    }
}
