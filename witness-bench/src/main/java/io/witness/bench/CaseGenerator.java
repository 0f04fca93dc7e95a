package io.witness.bench;

import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes one case after another from a seeded random source: opened with a priority, assigned, in
 * progress, a first reply, often a wait on the customer ended by the requester's message, sometimes a
 * priority change, an update, resolved (rarely not yet), sometimes reopened and resolved again, mostly
 * closed. A case is on the provider's side, on the client's, or on both: then the client logs it first
 * and mirrors the provider's main steps a few minutes apart. Gaps run from a minute to days. Mutable.
 */
final class CaseGenerator {

    static final List<Priority> PRIORITIES =
            List.of(new Priority("P1"), new Priority("P2"), new Priority("P3"), new Priority("P4"));

    private static final long YEAR_START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final long YEAR_MILLIS = Duration.ofDays(365).toMillis();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final Optional<SupportTier> TIER_1 = Optional.of(new SupportTier(1));
    private static final Optional<StatusClass> WAITING = Optional.of(StatusClass.WAITING_CUSTOMER);

    private final SplittableRandom random;
    private final List<TicketEvent> events = new ArrayList<>(24);

    CaseGenerator(SplittableRandom random) {
        this.random = random;
    }

    /** The next case, its events in time order (ties in the order made). */
    List<TicketEvent> next(int number) {
        events.clear();
        CaseId caseId = new CaseId("C" + number);
        int shape = random.nextInt(100);
        boolean mirrored = shape >= 80;
        Side main = shape < 45 || mirrored ? Side.PROVIDER : Side.CLIENT;
        Priority priority = priority();
        long t = YEAR_START + (random.nextLong(YEAR_MILLIS) / 1000) * 1000;
        Case c = new Case(caseId, main, mirrored);
        if (mirrored) {
            // The client logs it, the provider's PSA gets it minutes later, maybe ranked differently.
            c.client(t, meta -> TicketOpened.withPriority(meta, priority));
            t += gap(5 * MINUTE, HOUR);
            Priority own = random.nextInt(100) < 85 ? priority : priority();
            c.main(t, meta -> TicketOpened.withPriority(meta, own));
        } else {
            c.main(t, meta -> TicketOpened.withPriority(meta, priority));
        }
        t += gap(MINUTE, 2 * HOUR);
        c.main(t, meta -> new Assigned(meta, "Service Desk", TIER_1));
        t += gap(MINUTE, 4 * HOUR);
        c.mainAndMirror(t, meta -> StatusChanged.of(meta, inProgress(meta.side())));
        t += gap(5 * MINUTE, 8 * HOUR);
        c.main(t, PublicReply::new);
        if (random.nextInt(100) < 60) {
            t += gap(10 * MINUTE, DAY);
            c.mainAndMirror(t, meta -> random.nextBoolean()
                    ? StatusChanged.of(meta, waiting(meta.side()))
                    : new StatusChanged(meta, "Pending", WAITING));
            t += gap(10 * MINUTE, 3 * DAY);
            c.mainAndMirror(t, CommentAdded::fromRequester);
            t += gap(MINUTE, HOUR);
            c.mainAndMirror(t, meta -> StatusChanged.of(meta, inProgress(meta.side())));
        }
        if (random.nextInt(100) < 25) {
            t += gap(10 * MINUTE, DAY);
            Priority changed = priority();
            c.main(t, meta -> new PriorityChanged(meta, changed));
        }
        if (random.nextInt(100) < 70) {
            t += gap(30 * MINUTE, 2 * DAY);
            c.main(t, PublicReply::new);
        }
        if (random.nextInt(100) < 5) {
            return c.sorted(); // still open
        }
        t += gap(HOUR, 3 * DAY);
        c.mainAndMirror(t, Resolved::new);
        if (random.nextInt(100) < 15) {
            t += gap(HOUR, 5 * DAY);
            c.mainAndMirror(t, Reopened::new);
            t += gap(10 * MINUTE, DAY);
            c.main(t, PublicReply::new);
            t += gap(HOUR, 2 * DAY);
            c.mainAndMirror(t, Resolved::new);
        }
        if (random.nextInt(100) < 90) {
            t += gap(DAY, 7 * DAY);
            c.mainAndMirror(t, Closed::new);
        }
        return c.sorted();
    }

    private Priority priority() {
        int p = random.nextInt(100);
        return PRIORITIES.get(p < 10 ? 0 : p < 35 ? 1 : p < 70 ? 2 : 3);
    }

    /** A gap between {@code min} and {@code max}, uniform on a log scale, in whole seconds. */
    private long gap(long min, long max) {
        double millis = min * Math.exp(random.nextDouble() * Math.log((double) max / min));
        return Math.max(1000, Math.round(millis / 1000) * 1000);
    }

    private static String inProgress(Side side) {
        return side == Side.PROVIDER ? "In Progress" : "Work in Progress";
    }

    private static String waiting(Side side) {
        return side == Side.PROVIDER ? "Waiting Client Response" : "Awaiting Caller";
    }

    /** Builds an event from its meta. */
    private interface EventOf {
        TicketEvent of(EventMeta meta);
    }

    /** The events of the case being made. */
    private final class Case {
        private final CaseId caseId;
        private final Side main;
        private final boolean mirrored;

        Case(CaseId caseId, Side main, boolean mirrored) {
            this.caseId = caseId;
            this.main = main;
            this.mirrored = mirrored;
        }

        void main(long at, EventOf event) {
            events.add(event.of(EventMeta.of(caseId, main, Instant.ofEpochMilli(at))));
        }

        void client(long at, EventOf event) {
            events.add(event.of(EventMeta.of(caseId, Side.CLIENT, Instant.ofEpochMilli(at))));
        }

        /** On the main side, and on the client's a few minutes later when the case is on both. */
        void mainAndMirror(long at, EventOf event) {
            main(at, event);
            if (mirrored) {
                client(at + gap(MINUTE, 15 * MINUTE), event);
            }
        }

        List<TicketEvent> sorted() {
            List<TicketEvent> sorted = new ArrayList<>(events);
            sorted.sort(Comparator.comparing(TicketEvent::at));
            return List.copyOf(sorted);
        }
    }
}
