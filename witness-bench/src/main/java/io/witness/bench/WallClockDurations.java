package io.witness.bench;

import io.witness.core.event.CaseId;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.util.List;

/**
 * The baseline of doing less: a case's timeline reduced to plain wall-clock durations, from opened to the
 * first public reply and from opened to the last resolution, with no calendar, no pauses, no policies.
 *
 * @param caseId the case
 * @param side the timeline
 * @param openedToFirstReplyMillis wall-clock milliseconds, or -1 when either end is missing
 * @param openedToResolvedMillis wall-clock milliseconds, or -1 when either end is missing
 */
record WallClockDurations(CaseId caseId, Side side, long openedToFirstReplyMillis, long openedToResolvedMillis) {

    /**
     * Scans the events of one timeline (one side's, or both for {@link Side#WITNESS}) up to {@code now},
     * as the engine would.
     */
    static WallClockDurations of(CaseId caseId, List<TicketEvent> events, Side side, long now) {
        long opened = Long.MIN_VALUE;
        long firstReply = Long.MIN_VALUE;
        long resolved = Long.MIN_VALUE;
        for (TicketEvent event : events) {
            if (side != Side.WITNESS && event.side() != side) {
                continue;
            }
            long at = event.at().toEpochMilli();
            if (at > now) {
                continue;
            }
            if (event instanceof TicketOpened) {
                opened = opened == Long.MIN_VALUE ? at : Math.min(opened, at);
            } else if (event instanceof PublicReply) {
                firstReply = firstReply == Long.MIN_VALUE ? at : Math.min(firstReply, at);
            } else if (event instanceof Resolved) {
                resolved = Math.max(resolved, at);
            }
        }
        return new WallClockDurations(caseId, side, span(opened, firstReply), span(opened, resolved));
    }

    private static long span(long from, long to) {
        return from == Long.MIN_VALUE || to == Long.MIN_VALUE ? -1 : to - from;
    }
}
