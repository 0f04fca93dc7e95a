package io.witness.core.clock;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventType;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes every clock of a case from its events, on one side's timeline or on the witnessed one that
 * merges both. Pure and deterministic: no I/O, no clock reads; {@code now} is passed in and events after
 * it are ignored. Events are replayed in order of the time their source claims, ties in the order given.
 *
 * <p>Immutable and thread-safe; one engine serves any number of cases and threads.
 */
public final class ClockEngine {

    private final List<ClockDefinition> definitions;
    private final StatusClassifier classifier;
    private final PriorityCodes priorityCodes;
    private final boolean skipsEvents;
    /** The replay state of one case, reused by each thread so that a case allocates only its results. */
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(this::newWorkspace);
    /**
     * The workspace of the first thread that computed, found without the thread-local map's hash lookup
     * (a few per cent of a small case's time) when that thread computes again. Written once and read
     * without synchronising: another thread may see it, or not yet, but sees its final {@code owner}
     * whole, and it is not its own, so it takes its own from {@link #workspaces}.
     */
    private @Nullable Workspace firstWorkspace;

    private static final class Workspace {
        /** The only thread that uses this workspace. */
        final Thread owner = Thread.currentThread();
        final Timeline timeline = new Timeline();
        final EventCauses causes;
        final RelativeDeadlines deadlines = new RelativeDeadlines();
        final CaseState state;
        final ClockTracker[] trackers;

        Workspace(CaseState state, ClockTracker[] trackers, EventCauses causes) {
            this.state = state;
            this.trackers = trackers;
            this.causes = causes;
        }
    }

    private Workspace newWorkspace() {
        EventCauses causes = new EventCauses();
        ClockTracker[] trackers = new ClockTracker[definitions.size()];
        for (int d = 0; d < trackers.length; d++) {
            trackers[d] = new ClockTracker(definitions.get(d), priorityCodes, skipsEvents, causes);
        }
        return new Workspace(new CaseState(classifier, priorityCodes), trackers, causes);
    }

    /**
     * @param definitions the contract's clocks, not null
     * @param classifier the status class of a status text when an event carries none, not null; it must
     *     answer the same for the same side and text (the engine remembers its answers per text)
     */
    public ClockEngine(List<ClockDefinition> definitions, StatusClassifier classifier) {
        this(definitions, classifier, true);
    }

    /**
     * @param skipsEvents false to replay every event through every clock, even one that cannot change
     *     it ({@link EventsNoClockReads}; a clock with no open run at an event it cannot start or reopen
     *     at): the same results, for tests that show it
     */
    ClockEngine(List<ClockDefinition> definitions, StatusClassifier classifier, boolean skipsEvents) {
        this.skipsEvents = skipsEvents;
        this.definitions = List.copyOf(definitions);
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.priorityCodes = new PriorityCodes(this.definitions);
    }

    public List<ClockDefinition> definitions() {
        return definitions;
    }

    /**
     * The clocks of one case as of {@code now}.
     *
     * @param caseId the case, not null
     * @param events the case's events from both sides, in any order, not null; the results keep them (an
     *     immutable list as it is, any other as a copy) to tell their causes when asked
     * @param side CLIENT or PROVIDER for that side's own timeline; WITNESS for both merged
     * @param now the instant to compute as of, not null
     * @return one result per clock definition and cycle, in definition order
     * @throws IllegalArgumentException if the case has more than 67,108,863 events
     */
    public List<ClockResult> compute(CaseId caseId, List<TicketEvent> events, Side side, Instant now) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(side, "side");
        if (events.size() > CauseCodes.MAX_EVENTS) {
            throw new IllegalArgumentException("Case " + caseId + " has " + events.size()
                    + " events, more than the engine takes (" + CauseCodes.MAX_EVENTS + ")");
        }
        long nowMillis = now.toEpochMilli();
        Workspace workspace = workspace();
        Timeline timeline = workspace.timeline;
        timeline.load(events, side, nowMillis);
        CaseState state = workspace.state;
        state.reset();
        ClockTracker[] trackers = workspace.trackers;
        for (ClockTracker tracker : trackers) {
            tracker.reset(side);
        }
        int size = timeline.size();
        for (int i = 0; i < size; i++) {
            TicketEvent event = timeline.event(i);
            long at = timeline.at(i);
            Side eventSide = timeline.side(i);
            EventType type = timeline.type(i);
            int position = timeline.position(i);
            state.apply(event, at, eventSide, type, position);
            workspace.causes.moveTo(position);
            long typeBit = 1L << type.ordinal();
            for (ClockTracker tracker : trackers) {
                if (!tracker.skips(typeBit)) {
                    tracker.step(event, at, eventSide, type, state);
                }
            }
        }
        if (size == 0) {
            return new ArrayList<>(0);
        }
        // Next-reply and update clocks often have a few cycles each: the list is sized to hold them all.
        int count = 0;
        for (ClockTracker tracker : trackers) {
            count += tracker.resultsAtMost();
        }
        List<ClockResult> results = new ArrayList<>(count);
        for (ClockTracker tracker : trackers) {
            tracker.results(caseId, state, nowMillis, workspace.deadlines, timeline.caseEvents(), results);
        }
        return results;
    }

    /** This thread's workspace. */
    private Workspace workspace() {
        Workspace first = firstWorkspace;
        if (first != null && first.owner == Thread.currentThread()) {
            return first;
        }
        Workspace own = workspaces.get();
        if (first == null) {
            firstWorkspace = own;
        }
        return own;
    }

    /**
     * The clocks of every case in {@code events} as of {@code now}, on each timeline worth computing
     * ({@link #timelinesOf}); cases in the order they first appear, then by timeline.
     */
    public List<ClockResult> computeAll(List<TicketEvent> events, Instant now) {
        Map<CaseId, List<TicketEvent>> cases = new LinkedHashMap<>();
        for (TicketEvent event : events) {
            cases.computeIfAbsent(event.caseId(), id -> new ArrayList<>()).add(event);
        }
        List<ClockResult> results = new ArrayList<>();
        cases.forEach((caseId, caseEvents) -> {
            for (Side side : timelinesOf(caseEvents)) {
                results.addAll(compute(caseId, caseEvents, side, now));
            }
        });
        return results;
    }

    /**
     * The timelines worth computing for a case: each side that recorded it, and the witnessed one when
     * both did (a case on one side only is a finding of its own, not a clock).
     */
    public static List<Side> timelinesOf(List<TicketEvent> events) {
        boolean client = false;
        boolean provider = false;
        for (TicketEvent event : events) {
            client |= event.side() == Side.CLIENT;
            provider |= event.side() == Side.PROVIDER;
        }
        List<Side> sides = new ArrayList<>(3);
        if (client) {
            sides.add(Side.CLIENT);
        }
        if (provider) {
            sides.add(Side.PROVIDER);
        }
        if (client && provider) {
            sides.add(Side.WITNESS);
        }
        return sides;
    }
}
