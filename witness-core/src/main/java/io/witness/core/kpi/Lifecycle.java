package io.witness.core.kpi;

import io.witness.core.clock.SideChoice;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.event.Closed;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    /** Open at the instant replayed to. */
    private boolean open;

    /** A lifecycle to replay timelines into, one after another (not thread-safe). */
    Lifecycle() {
    }

    /** Replays a timeline into this lifecycle, forgetting the one before. */
    Lifecycle replay(List<TicketEvent> events, long openedAt, long now, SideChoice resolvers, StatusClassifier statuses) {
        begin(openedAt);
        for (int i = 0, n = events.size(); i < n; i++) {
            step(events.get(i), openedAt, now, resolvers, statuses);
        }
        return finish();
    }

    /**
     * Replays both sides' events by time, the client's first on a tie, without listing them: when each side's events
     * are in time order (as they are); null when a side's are not (then replay them sorted).
     */
    @Nullable Lifecycle replayMerged(List<TicketEvent> client, List<TicketEvent> provider, long openedAt, long now,
            SideChoice resolvers, StatusClassifier statuses) {
        begin(openedAt);
        int cn = client.size();
        int pn = provider.size();
        int c = 0;
        int p = 0;
        EventMeta lastClient = null;
        EventMeta lastProvider = null;
        EventMeta nextClient = cn > 0 ? client.get(0).meta() : null;
        EventMeta nextProvider = pn > 0 ? provider.get(0).meta() : null;
        while (c < cn || p < pn) {
            if (p == pn || c < cn && nextClient.compareAt(nextProvider) <= 0) {
                if (lastClient != null && nextClient.compareAt(lastClient) < 0) {
                    return null;
                }
                step(client.get(c++), openedAt, now, resolvers, statuses);
                lastClient = nextClient;
                nextClient = c < cn ? client.get(c).meta() : null;
            } else {
                if (lastProvider != null && nextProvider.compareAt(lastProvider) < 0) {
                    return null;
                }
                step(provider.get(p++), openedAt, now, resolvers, statuses);
                lastProvider = nextProvider;
                nextProvider = p < pn ? provider.get(p).meta() : null;
            }
        }
        return finish();
    }

    private void begin(long openedAt) {
        size = 0;
        outcome = CaseProfile.Outcome.OPEN;
        resolvedAt = CaseProfile.NONE;
        reopens = 0;
        open = true;
        add(openedAt);
    }

    private void step(TicketEvent event, long openedAt, long now, SideChoice resolvers, StatusClassifier statuses) {
        long at = event.meta().atMillis();
        if (at > now) {
            return;
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

    private Lifecycle finish() {
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
