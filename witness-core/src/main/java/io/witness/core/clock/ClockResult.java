package io.witness.core.clock;

import io.witness.core.event.CaseId;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clock of one case as one side's records (or the witnessed merged timeline) say, computed as of an
 * instant. Every figure can be re-derived from {@link #segments()}: {@code elapsed} is the sum of the
 * running segments' business time, {@code paused} of the paused ones.
 *
 * @param caseId the case
 * @param clock the clock's name in the contract
 * @param metric what it measures
 * @param section the contract section that sets it, may be empty
 * @param side whose timeline it was computed on
 * @param cycle 1 for the first clock of this definition on the case, 2 for the next (next reply, reopen…)
 * @param state where it stands
 * @param priority the priority whose target applies, if any
 * @param calendar the calendar's name
 * @param target the business time allowed; empty when not started
 * @param startedAt when it started; empty when not started
 * @param elapsed business time counted
 * @param paused business time spent paused
 * @param due when the target is (or was, or would be if resumed now) reached
 * @param stoppedAt when it stopped or was cancelled
 * @param breachedAt when it exceeded its target
 * @param warningAt when it passed its warning threshold
 * @param margin target minus elapsed; negative when breached
 * @param cause what ended it, or what it is waiting for; {@link #reason()} puts it into words
 * @param segments its life, stretch by stretch
 */
public record ClockResult(
        CaseId caseId,
        String clock,
        Metric metric,
        String section,
        Side side,
        int cycle,
        ClockState state,
        Optional<Priority> priority,
        String calendar,
        Optional<Duration> target,
        Optional<Instant> startedAt,
        Duration elapsed,
        Duration paused,
        Optional<Instant> due,
        Optional<Instant> stoppedAt,
        Optional<Instant> breachedAt,
        Optional<Instant> warningAt,
        Optional<Duration> margin,
        Cause cause,
        List<Segment> segments) {

    public ClockResult {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(paused, "paused");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        Objects.requireNonNull(breachedAt, "breachedAt");
        Objects.requireNonNull(warningAt, "warningAt");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(cause, "cause");
        segments = List.copyOf(segments);
    }

    /** What ended the clock, or what it is waiting for, in words. */
    public String reason() {
        return cause.text();
    }
}
