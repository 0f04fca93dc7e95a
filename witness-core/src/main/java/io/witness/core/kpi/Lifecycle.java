package io.witness.core.kpi;

import io.witness.core.clock.SideChoice;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.event.Closed;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import java.util.Arrays;
import java.util.List;

/**
 * Replays a case's events (in time order) into its open spells, outcome and reopenings
 * (docs/kpis.md, "A case's life"). A resolution, closure or status of class resolved, closed or cancelled
 * ends a spell when its side may resolve; a {@code reopened} event from any side, or a status of an open
 * class from a side that may resolve, starts the next one.
 */
final class Lifecycle {

    /** The spells' bounds, {@link #size} of them; room for two spells, reused from one replay to the next. */
    long[] spells = new long[4];
    int size;
    CaseProfile.Outcome outcome = CaseProfile.Outcome.OPEN;
    long resolvedAt = CaseProfile.NONE;
    int reopens;

    /** A lifecycle to replay timelines into, one after another (not thread-safe). */
    Lifecycle() {
    }

    /** Replays a timeline into this lifecycle, forgetting the one before. */
    Lifecycle replay(List<TicketEvent> events, long openedAt, long now, SideChoice resolvers, StatusClassifier statuses) {
        size = 0;
        outcome = CaseProfile.Outcome.OPEN;
        resolvedAt = CaseProfile.NONE;
        reopens = 0;
        add(openedAt);
        boolean open = true;
        for (int i = 0, n = events.size(); i < n; i++) {
            TicketEvent event = events.get(i);
            long at = event.at().toEpochMilli();
            if (at > now) {
                continue;
            }
            // An event claimed before the opening changes the state at the opening, not before it.
            long t = Math.max(at, openedAt);
            StatusClass reached = reached(event, statuses);
            boolean mayResolve = resolvers.allows(event.side());
            if (open && mayResolve && reached != null && ends(reached)) {
                add(t);
                open = false;
                outcome = reached == StatusClass.CANCELLED ? CaseProfile.Outcome.CANCELLED : CaseProfile.Outcome.RESOLVED;
                resolvedAt = reached == StatusClass.CANCELLED ? CaseProfile.NONE : t;
            } else if (!open && (event instanceof Reopened || mayResolve && reached != null && !ends(reached))) {
                add(t);
                open = true;
                reopens++;
                outcome = CaseProfile.Outcome.OPEN;
                resolvedAt = CaseProfile.NONE;
            }
        }
        if (open) {
            add(Long.MAX_VALUE);
        }
        return this;
    }

    /** The status class an event puts the case in, or null when it says none. */
    private static StatusClass reached(TicketEvent event, StatusClassifier statuses) {
        if (event instanceof Resolved) {
            return StatusClass.RESOLVED;
        }
        if (event instanceof Closed) {
            return StatusClass.CLOSED;
        }
        if (event instanceof StatusChanged changed) {
            return changed.statusClass().or(() -> statuses.classify(event.side(), changed.status())).orElse(null);
        }
        return null;
    }

    private static boolean ends(StatusClass statusClass) {
        return statusClass == StatusClass.RESOLVED || statusClass == StatusClass.CLOSED || statusClass == StatusClass.CANCELLED;
    }

    private void add(long instant) {
        if (size == spells.length) {
            spells = Arrays.copyOf(spells, size * 2);
        }
        spells[size++] = instant;
    }
}
