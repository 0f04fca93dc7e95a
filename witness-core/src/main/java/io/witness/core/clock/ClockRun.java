package io.witness.core.clock;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.event.CaseId;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One clock of a case while its events are replayed: the instants at which it ran or paused and why,
 * and how it ended. Business time is counted only at the end, in {@link #result}, on the calendar of the
 * priority that applies then, so that a retargeted clock is measured from its start. Mutable: a tracker
 * keeps its runs and {@link #begin}s them again for the next case; one thread only.
 *
 * <p>A tracker's runs live as long as its engine, so they sit in the old generation, where storing a
 * reference costs a garbage collector's write barrier (with a memory fence on G1): how the run ended is
 * kept as a number, and the priority and term are stored only when they change.
 */
final class ClockRun {

    /** How the run ended: still open, stopped, or cancelled. */
    private static final byte OPEN = 0;
    private static final byte STOPPED = 1;
    private static final byte CANCELLED = 2;

    private int cycle;
    private long[] at = new long[4];
    private boolean[] running = new boolean[4];
    /** Why each stretch ran or paused, as {@link CauseCodes}. */
    private long[] reasons = new long[4];
    /** Scratch for the business time of each segment while a result is made. */
    private long[] business = new long[4];
    private int marks;
    private Optional<Priority> priority = Optional.empty();
    private @Nullable Term term;
    private byte end = OPEN;
    private long endedAt;
    private long endReason = CauseCodes.NONE;

    private ClockRun() {
    }

    /** A run to {@link #begin} later: the tracker keeps its runs from case to case. */
    static ClockRun unused() {
        return new ClockRun();
    }

    /** Starts this run afresh, forgetting any run it held before (its results keep copies). */
    void begin(int newCycle, long start, boolean runningAtStart, long reason, Optional<Priority> newPriority,
            Term newTerm) {
        this.cycle = newCycle;
        retarget(newPriority, newTerm);
        this.marks = 0;
        this.end = OPEN;
        this.endedAt = 0;
        this.endReason = CauseCodes.NONE;
        mark(start, runningAtStart, reason);
    }

    boolean isOpen() {
        return end == OPEN;
    }

    boolean isRunning() {
        return running[marks - 1];
    }

    boolean wasStopped() {
        return end == STOPPED;
    }

    long start() {
        return at[0];
    }

    void pause(long when, long reason) {
        mark(when, false, reason);
    }

    void resume(long when, long reason) {
        mark(when, true, reason);
    }

    void stop(long when, long reason) {
        end(STOPPED, when, reason);
    }

    void cancel(long when, long reason) {
        end(CANCELLED, when, reason);
    }

    /** Undoes a stop: the stretch from the stop to {@code when} is paused, and the clock runs again. */
    void reopen(long when, long reason) {
        mark(endedAt, false, CauseCodes.notCountedAfter(endReason));
        mark(when, true, reason);
        end = OPEN;
        endReason = CauseCodes.NONE;
    }

    void retarget(Optional<Priority> newPriority, Term newTerm) {
        if (priority != newPriority) {
            priority = newPriority;
        }
        if (term != newTerm) {
            term = newTerm;
        }
    }

    private void end(byte how, long when, long reason) {
        end = how;
        endedAt = when;
        endReason = reason;
    }

    private void mark(long when, boolean isRunning, long reason) {
        if (marks > 0 && at[marks - 1] == when) {
            // Two changes at one instant: the later one describes the stretch that follows.
            running[marks - 1] = isRunning;
            reasons[marks - 1] = reason;
            return;
        }
        if (marks == at.length) {
            at = Arrays.copyOf(at, marks * 2);
            running = Arrays.copyOf(running, marks * 2);
            reasons = Arrays.copyOf(reasons, marks * 2);
        }
        at[marks] = when;
        running[marks] = isRunning;
        reasons[marks] = reason;
        marks++;
    }

    /**
     * The clock as of {@code now} (events after it have not been replayed). The run is finished with:
     * the result gets copies of its arrays, since the run may begin again for another case.
     */
    ClockResult result(ClockDefinition definition, CaseId caseId, Side side, long now, RelativeDeadlines deadlines,
            List<TicketEvent> events) {
        Term term = Objects.requireNonNull(this.term, "term");
        BusinessCalendar calendar = term.calendar();
        long target = term.target() instanceof Target.ByTimeOfBusinessDay relative
                ? deadlines.allowedMillis(relative, at[0], calendar)
                : term.target().allowedMillis(at[0], calendar);
        long finish = end == OPEN ? Math.max(now, at[marks - 1]) : endedAt;
        // The result's segments: the bounds first (betweenEachMillis reads the first marks + 1), then the
        // business time of each, complemented when paused, then their causes (see ClockResult).
        long[] segments = new long[3 * marks + 1];
        System.arraycopy(reasons, 0, segments, 2 * marks + 1, marks);
        System.arraycopy(at, 0, segments, 0, marks);
        segments[marks] = finish;
        if (business.length < marks) {
            business = new long[at.length];
        }
        calendar.betweenEachMillis(segments, marks, business);
        long elapsed = 0;
        long breachedAt = ClockResult.NONE;
        // The due instant and the warning are counted from these segments when a result is asked for them.
        for (int i = 0; i < marks; i++) {
            if (running[i]) {
                if (breachedAt == ClockResult.NONE && elapsed + business[i] > target) {
                    breachedAt = calendar.addMillis(segments[i], target - elapsed);
                }
                segments[marks + 1 + i] = business[i];
                elapsed += business[i];
            } else {
                segments[marks + 1 + i] = ~business[i];
            }
        }
        ClockState state;
        if (end == CANCELLED) {
            state = ClockState.CANCELLED;
        } else if (breachedAt != ClockResult.NONE) {
            state = ClockState.BREACHED;
        } else if (end == STOPPED) {
            state = ClockState.MET;
        } else {
            state = running[marks - 1] ? ClockState.RUNNING : ClockState.PAUSED;
        }
        long cause = end == OPEN || endReason == CauseCodes.NONE ? reasons[marks - 1] : endReason;
        return ClockResult.of(caseId, definition, side, cycle, state, priority.orElse(null), term, target, elapsed,
                end == OPEN ? ClockResult.NONE : endedAt, breachedAt, events, cause, segments);
    }
}
