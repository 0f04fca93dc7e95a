package io.witness.core.clock;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventType;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replays one case's events through one clock definition on one timeline, following the definition's
 * conditions and policies. Mutable and reused: {@link #reset} before each case; one thread only.
 *
 * <p>The engine asks {@link #skips} before each {@link #step}: an open clock that has settled skips the
 * events none of its conditions reads ({@link EventsNoClockReads}), and a clock with no open run skips
 * those at which it can neither start nor reopen, so most events of a case cost a clock one bit test.
 *
 * <p>A tracker lives as long as its engine, in the old generation, where storing a reference costs a
 * garbage collector's write barrier (with a memory fence on G1): the timeline's sides are kept as ordinals.
 */
final class ClockTracker {

    private final ClockDefinition definition;
    /** The definition's conditions as the replay checks them. */
    private final ConditionBits start;
    private final ConditionBits pause;
    private final @Nullable ConditionBits resume;
    private final ConditionBits stop;
    private final ConditionBits cancel;
    private final ConditionBits reset;
    private final TermsByPriority terms;
    private final EventCauses causes;
    /** The cause of a clock whose start never held. */
    private final Cause waitingForStart;
    /** The events an open clock skips once settled, as bits; none when skipping is turned off. */
    private final long skippable;
    /** Whether a paused clock stays paused while nothing changes ({@code resume} given, or a pause by state only). */
    private final boolean pauseKeeps;
    /** On the witnessed timeline, whether the client's and the provider's events may start (and reset) the clock. */
    private final boolean clientStarts;
    private final boolean providerStarts;
    /** On the witnessed timeline, whether the client's and the provider's events may stop the clock. */
    private final boolean clientStops;
    private final boolean providerStops;
    /**
     * The open clock took the last event without change and would take the same state again without
     * change: an event of a {@link #skippable} type leaves it as it is. {@link #skippable} when settled, else
     * none: the types of the events it skips, as bits.
     */
    private long skipping;
    /**
     * The event types at which a clock with no open run may start, as bits, when skipping is on and it is
     * not retroactive (a retroactive clock records its pauses at every event); all bits set otherwise. A
     * clock with no open run skips the events of other types: it can only start or reopen.
     */
    private final long startTypes;
    private static final long REOPENED_BIT = 1L << EventType.REOPENED.ordinal();
    private static final Side[] SIDES = Side.values();
    private static final byte WITNESS = (byte) Side.WITNESS.ordinal();

    /** The timeline's side and the side whose facts decide pauses, as ordinals. */
    private byte side;
    private byte factsSide;
    /** The side whose records decide pauses on the witnessed timeline, as an ordinal. */
    private final byte statusSide;
    private ClockRun[] runs = new ClockRun[2];
    private int runCount;
    private @Nullable ClockRun open;
    private @Nullable ClockRun lastStopped;
    /** For a retroactive start: the instants at which the pause condition began or ceased to hold. */
    private final List<PauseChange> pauseHistory = new ArrayList<>();
    private boolean pausedInHistory;

    private record PauseChange(long at, boolean paused, long reason) {
    }

    /**
     * @param causes the causes of the event being replayed, shared by the case's clocks
     */
    ClockTracker(ClockDefinition definition, PriorityCodes priorityCodes, boolean skipsEvents, EventCauses causes) {
        this.definition = definition;
        this.start = ConditionBits.of(definition.start());
        this.pause = ConditionBits.of(definition.pause());
        this.resume = definition.resume().map(ConditionBits::of).orElse(null);
        this.stop = ConditionBits.of(definition.stop());
        this.cancel = ConditionBits.of(definition.cancel());
        this.reset = ConditionBits.of(definition.reset());
        this.causes = causes;
        this.waitingForStart = Cause.waitingFor(definition.start());
        this.terms = new TermsByPriority(definition, priorityCodes);
        this.skippable = (skipsEvents ? EventsNoClockReads.of(definition) : EventsNoClockReads.none()).mask();
        this.statusSide = (byte) definition.timestamps().status().ordinal();
        this.startTypes = skipsEvents && !definition.retroactive() ? start.eventTypesOnly() : ~0L;
        this.pauseKeeps = definition.resume().isPresent() || definition.pause().isStateOnly();
        Timestamps timestamps = definition.timestamps();
        this.clientStarts = timestamps.start().allows(Side.CLIENT);
        this.providerStarts = timestamps.start().allows(Side.PROVIDER);
        this.clientStops = timestamps.stop().allows(Side.CLIENT);
        this.providerStops = timestamps.stop().allows(Side.PROVIDER);
    }

    /** Forgets the last case: the next events are a new case's, on {@code timeline}. */
    void reset(Side timeline) {
        this.side = (byte) timeline.ordinal();
        this.factsSide = timeline == Side.WITNESS ? statusSide : (byte) timeline.ordinal();
        // The runs themselves are kept to begin again: their results hold copies.
        runCount = 0;
        open = null;
        lastStopped = null;
        pauseHistory.clear();
        pausedInHistory = false;
        skipping = skippingWithoutRun();
    }

    /**
     * Whether this clock skips an event of the type given as {@code 1L << type.ordinal()}: open and settled,
     * no condition it reads looks at that type; with no open run, it can neither start nor reopen at it.
     * Checked before {@link #step}, which it spares.
     */
    boolean skips(long typeBit) {
        return (skipping & typeBit) != 0;
    }

    /**
     * Replays one event, already applied to {@code state}, unless this clock {@link #skips} it.
     *
     * @param at {@code event.at()} in epoch milliseconds
     * @param eventSide {@code event.side()}
     * @param type {@code event.type()}
     */
    void step(TicketEvent event, long at, Side eventSide, EventType type, CaseState state) {
        skipping = 0;
        CaseState.SideFacts facts = state.facts(SIDES[factsSide]);
        if (definition.retroactive()) {
            recordPause(event, type, facts, at);
        }
        if (open != null) {
            stepOpen(open, event, eventSide, type, state, facts, at);
        } else if (type == EventType.REOPENED && lastStopped != null && definition.onReopen() != ReopenPolicy.IGNORE
                && mayStart(eventSide)) {
            if (definition.onReopen() == ReopenPolicy.CONTINUE) {
                lastStopped.reopen(at, causes.of(CauseCodes.RUNNING));
                open = lastStopped;
                pauseIfHolds(open, event, type, facts, at);
            } else {
                begin(event, type, facts, at, causes.of(CauseCodes.STARTED));
            }
        } else if ((runCount == 0 || definition.recurrence() == Recurrence.EVERY_START) && mayStart(eventSide)
                && start.holds(event, type, facts)
                // A clock whose end already holds would end at its start: it does not attach.
                && !cancel.holds(event, type, facts)
                && !stop.holds(event, type, facts)) {
            begin(event, type, facts, at, causes.of(CauseCodes.STARTED));
        }
        if (open == null) {
            skipping = skippingWithoutRun();
        }
    }

    /**
     * The events a clock with no open run skips: all but those of a type at which it may start (only when it
     * has not started yet or starts at every start) or reopen (when its policy reads a reopening of a
     * stopped clock). None skipped when its start reads the status.
     */
    private long skippingWithoutRun() {
        long reads = runCount == 0 || definition.recurrence() == Recurrence.EVERY_START ? startTypes : 0;
        if (lastStopped != null && definition.onReopen() != ReopenPolicy.IGNORE) {
            reads |= REOPENED_BIT;
        }
        return ~reads;
    }

    private void stepOpen(ClockRun run, TicketEvent event, Side eventSide, EventType type, CaseState state,
            CaseState.SideFacts facts, long at) {
        // Cancelling ends a clock without a verdict, so on the witnessed timeline it follows the record that
        // decides pauses (timestamps.status), not the side that stops it: the clock is cancelled when that
        // record shows the case cancelled, whichever side cancelled first, and the other side cannot void
        // it alone (#3).
        if (cancel.holds(event, type, facts)) {
            run.cancel(at, causes.of(CauseCodes.CANCELLED));
            open = null;
        } else if (mayStop(eventSide) && stop.holds(event, type, facts)) {
            run.stop(at, causes.of(CauseCodes.STOPPED));
            lastStopped = run;
            open = null;
            // The side that recorded the stop knows whether the case is finished (on the witnessed
            // timeline the provider's resolution ends the updates even before the client's record does).
            if (definition.recurrence() == Recurrence.CHAINED && !isFinished(state.facts(eventSide))) {
                begin(event, type, facts, at, causes.of(CauseCodes.STARTED_AFTER_UPDATE));
            }
        } else if (mayStart(eventSide) && reset.holds(event, type, facts)) {
            run.cancel(at, causes.of(CauseCodes.RESET));
            open = null;
            begin(event, type, facts, at, causes.of(CauseCodes.STARTED_AFTER_RESET));
        } else if (type == EventType.PRIORITY && eventSide.ordinal() == factsSide) {
            changePriority(run, event, type, facts, at, (PriorityChanged) event);
        } else {
            boolean changed = pauseOrResume(run, event, type, facts, at);
            // Settled only when stop and reset were judged, not passed over for the event's side.
            boolean settled = !changed && (run.isRunning() || pauseKeeps) && mayStop(eventSide) && mayStart(eventSide);
            skipping = settled ? skippable : 0;
        }
    }

    private void changePriority(ClockRun run, TicketEvent event, EventType type, CaseState.SideFacts facts, long at,
            PriorityChanged changed) {
        switch (definition.onPriorityChange()) {
            case KEEP -> pauseOrResume(run, event, type, facts, at);
            case RETARGET -> {
                Term term = terms.termFor(facts.priorityNumber());
                if (term != null) {
                    run.retarget(Optional.of(changed.priority()), term);
                }
                pauseOrResume(run, event, type, facts, at);
            }
            case RESTART -> {
                run.cancel(at, causes.of(CauseCodes.CANCELLED_BY_PRIORITY));
                open = null;
                begin(event, type, facts, at, causes.of(CauseCodes.STARTED_BY_PRIORITY));
            }
        }
    }

    /** Pauses a running clock or resumes a paused one as the conditions say; true when it did. */
    private boolean pauseOrResume(ClockRun run, TicketEvent event, EventType type, CaseState.SideFacts facts, long at) {
        if (run.isRunning()) {
            return pauseIfHolds(run, event, type, facts, at);
        }
        if (resumes(event, type, facts)) {
            run.resume(at, causes.withStatus(CauseCodes.RUNNING, facts));
            return true;
        }
        return false;
    }

    private boolean resumes(TicketEvent event, EventType type, CaseState.SideFacts facts) {
        return resume != null ? resume.holds(event, type, facts) : !pause.holds(event, type, facts);
    }

    private boolean pauseIfHolds(ClockRun run, TicketEvent event, EventType type, CaseState.SideFacts facts, long at) {
        if (pause.holds(event, type, facts)) {
            run.pause(at, causes.withStatus(CauseCodes.PAUSED, facts));
            return true;
        }
        return false;
    }

    private void begin(TicketEvent event, EventType type, CaseState.SideFacts facts, long at, long reason) {
        Optional<io.witness.core.event.Priority> priority = facts.priority();
        Term term = terms.termFor(facts.priorityNumber());
        if (term == null) {
            return;
        }
        int cycle = runCount + 1;
        ClockRun run;
        if (definition.retroactive() && runCount == 0 && !pauseHistory.isEmpty()) {
            run = retroactiveRun(cycle, priority, term, at, reason);
        } else {
            run = nextRun(cycle, at, true, reason, priority, term);
            pauseIfHolds(run, event, type, facts, at);
        }
        runCount++;
        open = run;
    }

    /** The run after the case's last ones, begun: one kept from an earlier case when there is one. */
    private ClockRun nextRun(int cycle, long start, boolean runningAtStart, long reason,
            Optional<io.witness.core.event.Priority> priority, Term term) {
        if (runCount == runs.length) {
            runs = java.util.Arrays.copyOf(runs, runCount * 2);
        }
        ClockRun run = runs[runCount];
        if (run == null) {
            run = ClockRun.unused();
            runs[runCount] = run;
        }
        run.begin(cycle, start, runningAtStart, reason, priority, term);
        return run;
    }

    /** The run as if it had started when the case opened, with the pauses it would have had. */
    private ClockRun retroactiveRun(int cycle, Optional<io.witness.core.event.Priority> priority, Term term, long at,
            long reason) {
        PauseChange first = pauseHistory.get(0);
        ClockRun run = nextRun(cycle, first.at(), !first.paused(), CauseCodes.retroactive(reason), priority, term);
        for (int i = 1; i < pauseHistory.size(); i++) {
            PauseChange change = pauseHistory.get(i);
            if (change.paused()) {
                run.pause(change.at(), change.reason());
            } else {
                run.resume(change.at(), change.reason());
            }
        }
        return run;
    }

    private void recordPause(TicketEvent event, EventType type, CaseState.SideFacts facts, long at) {
        boolean paused = pausedInHistory
                ? !resumes(event, type, facts)
                : pause.holds(event, type, facts);
        if (pauseHistory.isEmpty() || paused != pausedInHistory) {
            pauseHistory.add(new PauseChange(at, paused,
                    causes.withStatus(paused ? CauseCodes.PAUSED : CauseCodes.RUNNING, facts)));
            pausedInHistory = paused;
        }
    }

    private boolean mayStart(Side eventSide) {
        return side != WITNESS || (eventSide == Side.PROVIDER ? providerStarts : clientStarts);
    }

    private boolean mayStop(Side eventSide) {
        return side != WITNESS || (eventSide == Side.PROVIDER ? providerStops : clientStops);
    }

    private static boolean isFinished(CaseState.SideFacts facts) {
        Optional<StatusClass> status = facts.statusClass();
        return status.isPresent() && (status.get() == StatusClass.RESOLVED || status.get() == StatusClass.CLOSED
                || status.get() == StatusClass.CANCELLED);
    }

    /** How many results {@link #results} gives at most. */
    int resultsAtMost() {
        return runCount == 0 ? 1 : runCount;
    }

    /**
     * The results as of {@code now}; a clock that never started gives one not-started result.
     *
     * @param events the case's events, immutable, whose positions the causes name
     */
    void results(CaseId caseId, CaseState state, long now, RelativeDeadlines deadlines, List<TicketEvent> events,
            List<ClockResult> out) {
        for (int r = 0; r < runCount; r++) {
            out.add(runs[r].result(definition, caseId, SIDES[side], now, deadlines, events));
        }
        if (runCount == 0 && definition.recurrence() == Recurrence.ONCE) {
            CaseState.SideFacts facts = state.facts(SIDES[factsSide]);
            Term term = terms.termFor(facts.priorityNumber());
            if (term != null) {
                out.add(notStarted(caseId, facts, term));
            }
        }
    }

    private ClockResult notStarted(CaseId caseId, CaseState.SideFacts facts, Term term) {
        return ClockResult.notStarted(caseId, definition, SIDES[side], facts.priority().orElse(null), term,
                waitingForStart);
    }
}
