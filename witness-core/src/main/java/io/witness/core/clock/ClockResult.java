package io.witness.core.clock;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.event.CaseId;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One clock of one case as one side's records (or the witnessed merged timeline) say, computed as of an
 * instant. Every figure can be re-derived from {@link #segments()}: {@code elapsed} is the sum of the
 * running segments' business time, {@code paused} of the paused ones.
 *
 * <p>It holds its figures as epoch milliseconds and builds the {@code Instant}s, {@code Duration}s and
 * segments when asked, because an audit computes millions of results and reads few of them whole. For
 * the same reason the due instant and the warning, which an audit does not read, are counted on the
 * calendar from the segments when asked ({@link #due()}, {@link #warningAt()}): the same instants the
 * replay would have counted, at no cost to a result nobody reads them of.
 * Immutable and thread-safe; equal when every value is equal.
 */
public final class ClockResult {

    /** An absent instant or duration. */
    static final long NONE = Long.MIN_VALUE;
    /** The segments of a clock not started: none (an empty array is never written, so one serves all). */
    private static final long[] NO_MILLIS = new long[0];
    private static final Side[] SIDES = Side.values();
    private static final ClockState[] STATES = ClockState.values();

    // An audit keeps millions of results (six a case), so a result keeps 80 bytes: the side and the state as their
    // ordinals, the stop as its last bound, the paused time and the segments' count from the segments.
    private final CaseId caseId;
    private final ClockDefinition definition;
    /** The side's ordinal. */
    private final byte side;
    private final int cycle;
    /** The state's ordinal. */
    private final byte state;
    private final @Nullable Priority priority;
    /** The target's calendar and its name; due and warning are counted on it when read. */
    private final Term term;
    private final long target;
    private final long elapsed;
    /** Whether it stopped or was cancelled: then it stopped at its last bound, {@code segments[count]}. */
    private final boolean ended;
    private final long breachedAt;
    /** The cause of a clock not started; null when the cause is {@link #causeCode}. */
    private final @Nullable Cause waitingCause;
    /** What ended the clock or what it is waiting for, as a {@link CauseCodes} code told of {@link #events}. */
    private final long causeCode;
    /** The case's events (immutable), whose positions the cause codes name. */
    private final List<TicketEvent> events;
    /**
     * The segments in one array, empty when not started: for {@code count} segments, segment i is
     * {@code [segments[i], segments[i + 1])}, {@code segments[count + 1 + i]} is its business time, as is
     * when it ran and complemented ({@code ~business}, negative) when it was paused, and
     * {@code segments[2 * count + 1 + i]} is its cause as a {@link CauseCodes} code; {@code count} is
     * {@code segments.length / 3}.
     */
    private final long[] segments;

    private ClockResult(CaseId caseId, ClockDefinition definition, Side side, int cycle, ClockState state,
            @Nullable Priority priority, Term term, long target, long elapsed, long stoppedAt,
            long breachedAt, @Nullable Cause waitingCause, List<TicketEvent> events, long causeCode, long[] segments) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.side = (byte) side.ordinal();
        this.cycle = cycle;
        this.state = (byte) state.ordinal();
        this.priority = priority;
        this.term = Objects.requireNonNull(term, "term");
        this.target = target;
        this.elapsed = elapsed;
        this.ended = stoppedAt != NONE;
        this.breachedAt = breachedAt;
        this.waitingCause = waitingCause;
        this.events = events;
        this.causeCode = causeCode;
        this.segments = segments;
        int count = segments.length / 3;
        if (ended && stoppedAt != segments[count]) {
            throw new IllegalArgumentException("A clock stops at its last bound, " + segments[count] + ", not at " + stoppedAt);
        }
    }

    /** How many segments: none when not started. */
    private int count() {
        return segments.length / 3;
    }

    /**
     * A clock that started.
     *
     * @param term the term whose target applies: the due instant and the warning are counted on its calendar
     *     from the segments when read ({@link #dueMillis}, {@link #warningAtMillis})
     * @param breachedAt when the running time passed {@code target}, or {@link #NONE}
     * @param events the case's events, immutable, whose positions the codes name
     * @param causeCode what ended the clock or what it is waiting for ({@link CauseCodes})
     * @param segments {@code count + 1} bounds, {@code count} business times and {@code count} cause codes
     */
    static ClockResult of(CaseId caseId, ClockDefinition definition, Side side, int cycle, ClockState state,
            @Nullable Priority priority, Term term, long target, long elapsed, long stoppedAt,
            long breachedAt, List<TicketEvent> events, long causeCode, long[] segments) {
        return new ClockResult(caseId, definition, side, cycle, state, priority, term, target, elapsed, stoppedAt, breachedAt, null, events, causeCode, segments);
    }

    /** A clock whose start never held: no figures, no segments. */
    static ClockResult notStarted(CaseId caseId, ClockDefinition definition, Side side, @Nullable Priority priority,
            Term term, Cause cause) {
        return new ClockResult(caseId, definition, side, 1, ClockState.NOT_STARTED, priority, term, NONE, 0, NONE,
                NONE, Objects.requireNonNull(cause, "cause"), List.of(), CauseCodes.NONE, NO_MILLIS);
    }

    public CaseId caseId() {
        return caseId;
    }

    /** The clock's name in the contract. */
    public String clock() {
        return definition.name();
    }

    /** What it measures. */
    public Metric metric() {
        return definition.metric();
    }

    /** The contract section that sets it, may be empty. */
    public String section() {
        return definition.section();
    }

    /** Whose timeline it was computed on. */
    public Side side() {
        return SIDES[side];
    }

    /** 1 for the first clock of this definition on the case, 2 for the next (next reply, reopen…). */
    public int cycle() {
        return cycle;
    }

    public ClockState state() {
        return STATES[state];
    }

    /** The priority whose target applies, if any. */
    public Optional<Priority> priority() {
        return Optional.ofNullable(priority);
    }

    /** {@link #priority()} or null, without an Optional: for the KPIs, which read millions of results. */
    public @Nullable Priority priorityOrNull() {
        return priority;
    }

    /** The calendar's name. */
    public String calendar() {
        return term.calendarName();
    }

    /** The business time allowed; empty when not started. */
    public Optional<Duration> target() {
        return duration(target);
    }

    /** When it started; empty when not started. */
    public Optional<Instant> startedAt() {
        return segments.length == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(segments[0]));
    }

    /** {@link #startedAt()} in epoch milliseconds, without building an Instant; Long.MIN_VALUE when not started. */
    public long startedAtMillis() {
        return segments.length == 0 ? NONE : segments[0];
    }

    /** Business time counted. */
    public Duration elapsed() {
        return Duration.ofMillis(elapsed);
    }

    /** Business time spent paused. */
    public Duration paused() {
        return Duration.ofMillis(pausedMillis());
    }

    /** Business time spent paused, in milliseconds, without building a Duration: the paused segments' time. */
    public long pausedMillis() {
        int count = count();
        long paused = 0;
        for (int i = 0; i < count; i++) {
            long business = segments[count + 1 + i];
            if (business < 0) {
                paused += ~business;
            }
        }
        return paused;
    }

    /** When the target is (or was, or would be if resumed now) reached. */
    public Optional<Instant> due() {
        return instant(dueMillis());
    }

    /** When it stopped or was cancelled; empty while open. */
    public Optional<Instant> stoppedAt() {
        return instant(stoppedAtMillis());
    }

    /** When the running time reached the target; empty when within target. */
    public Optional<Instant> breachedAt() {
        return instant(breachedAt);
    }

    /**
     * When the clock ended, for counting it in a period (compliance and credits alike): when it stopped,
     * met or breached; still open, when it breached. Empty for a clock with no verdict yet, cancelled or
     * never started.
     */
    public Optional<Instant> endedAt() {
        ClockState clockState = state();
        if (clockState == ClockState.MET) {
            return stoppedAt();
        }
        if (clockState == ClockState.BREACHED) {
            return stoppedAt().or(this::breachedAt);
        }
        return Optional.empty();
    }

    /** When the running time passed the warning threshold. */
    public Optional<Instant> warningAt() {
        return instant(warningAtMillis());
    }

    /** Target minus elapsed; negative when breached; empty when not started. */
    public Optional<Duration> margin() {
        return target == NONE ? Optional.empty() : Optional.of(Duration.ofMillis(target - elapsed));
    }

    /** What ended the clock, or what it is waiting for. */
    public Cause cause() {
        return waitingCause != null ? waitingCause : CauseCodes.cause(causeCode, events);
    }

    /** {@link #cause()} in words. */
    public String reason() {
        return cause().text();
    }

    /** Business time counted, in milliseconds, without building a Duration. */
    public long elapsedMillis() {
        return elapsed;
    }

    /** {@link #stoppedAt()} in epoch milliseconds, without building an Instant; Long.MIN_VALUE while open. */
    public long stoppedAtMillis() {
        return ended ? segments[segments.length / 3] : NONE;
    }

    /** {@link #breachedAt()} in epoch milliseconds, without building an Instant; Long.MIN_VALUE when within target. */
    public long breachedAtMillis() {
        return breachedAt;
    }

    /**
     * {@link #due()} in epoch milliseconds; Long.MIN_VALUE when not started. Counted when asked (an audit
     * reads few due instants): the breach when it breached; else the target's remaining business time
     * added on the calendar from the start of the last segment when it runs, from the clock's end (or now)
     * when it is paused or ended.
     */
    long dueMillis() {
        int count = count();
        if (breachedAt != NONE || count == 0) {
            return breachedAt;
        }
        long last = segments[2 * count];
        BusinessCalendar calendar = term.calendar();
        return last >= 0
                ? calendar.addMillis(segments[count - 1], target - (elapsed - last))
                : calendar.addMillis(segments[count], target - elapsed);
    }

    /**
     * {@link #warningAt()} in epoch milliseconds; Long.MIN_VALUE when none. Counted when asked: where the
     * running segments' business time first passes the definition's warning threshold.
     */
    long warningAtMillis() {
        int count = count();
        long warnAfter = count == 0 ? -1 : definition.warning().warnAfterMillis(target);
        if (warnAfter < 0 || elapsed <= warnAfter) {
            return NONE;
        }
        long counted = 0;
        for (int i = 0; i < count; i++) {
            long business = segments[count + 1 + i];
            if (business >= 0) {
                if (counted + business > warnAfter) {
                    return term.calendar().addMillis(segments[i], warnAfter - counted);
                }
                counted += business;
            }
        }
        throw new IllegalStateException("The running segments of " + this + " add up to less than its elapsed time");
    }

    /** Its life, stretch by stretch. */
    public List<Segment> segments() {
        int count = count();
        List<Segment> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long business = segments[count + 1 + i];
            boolean running = business >= 0;
            list.add(new Segment(Instant.ofEpochMilli(segments[i]), Instant.ofEpochMilli(segments[i + 1]), running,
                    segmentCause(i), Duration.ofMillis(running ? business : ~business)));
        }
        return List.copyOf(list);
    }

    private Cause segmentCause(int i) {
        return CauseCodes.cause(segments[2 * count() + 1 + i], events);
    }

    private static Optional<Instant> instant(long millis) {
        return millis == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static Optional<Duration> duration(long millis) {
        return millis == NONE ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    /** Equal figures, segments and causes (causes compare by their words, as {@link Cause#equals} does). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClockResult r && caseId.equals(r.caseId) && definition.equals(r.definition)
                && side == r.side && cycle == r.cycle && state == r.state && Objects.equals(priority, r.priority)
                && calendar().equals(r.calendar()) && target == r.target && elapsed == r.elapsed
                && dueMillis() == r.dueMillis() && ended == r.ended && breachedAt == r.breachedAt
                && warningAtMillis() == r.warningAtMillis()
                && cause().equals(r.cause()) && count() == r.count()
                && Arrays.equals(segments, 0, 2 * count() + 1, r.segments, 0, 2 * r.count() + 1) && sameSegmentCauses(r);
    }

    private boolean sameSegmentCauses(ClockResult r) {
        int count = count();
        for (int i = 0; i < count; i++) {
            if (!segmentCause(i).equals(r.segmentCause(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, definition.name(), side(), cycle, state(), elapsed, pausedMillis(), stoppedAtMillis(),
                breachedAt);
    }

    @Override
    public String toString() {
        return "ClockResult[" + caseId + " " + clock() + " #" + cycle + " " + side().wireName() + ": " + state().wireName()
                + ", elapsed " + elapsed() + " of " + target().map(Duration::toString).orElse("-") + ", " + reason() + "]";
    }
}
