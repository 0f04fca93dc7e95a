package io.witness.core.kpi;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.Metric;
import io.witness.core.event.Priority;
import java.util.Objects;
import java.util.Optional;

/**
 * What the KPIs keep of one clock result: its name, metric, priority, state, when it stopped and when
 * it breached, and the business time it counted. Immutable and thread-safe.
 *
 * @param clock the clock's name in the contract, not blank
 * @param metric what it measures
 * @param priority the priority whose target applied, if any
 * @param state where it stood
 * @param stoppedAt when it stopped (or was cancelled), epoch milliseconds; {@link #NONE} while open
 * @param breachedAt when its running time reached the target, epoch milliseconds; {@link #NONE} if never
 * @param elapsedMillis the business time it counted, not negative
 */
public record ClockFact(String clock, Metric metric, Optional<Priority> priority, ClockState state, long stoppedAt,
        long breachedAt, long elapsedMillis) {

    /** An absent instant. */
    public static final long NONE = Long.MIN_VALUE;

    /** @throws IllegalArgumentException if the name is blank or the elapsed time negative */
    public ClockFact {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(state, "state");
        if (clock.isBlank()) {
            throw new IllegalArgumentException("A clock fact needs the clock's name");
        }
        if (elapsedMillis < 0) {
            throw new IllegalArgumentException("Elapsed business time cannot be negative, got " + elapsedMillis + " ms");
        }
    }

    /** The facts of a computed clock. */
    public static ClockFact of(ClockResult result) {
        // ClockResult marks an absent instant with Long.MIN_VALUE, as NONE does.
        return new ClockFact(result.clock(), result.metric(), result.priority(), result.state(), result.stoppedAtMillis(),
                result.breachedAtMillis(), result.elapsedMillis());
    }

    /** True when it has a verdict: met, or breached (stopped or not). */
    public boolean hasVerdict() {
        return hasVerdict(state);
    }

    /**
     * The instant its verdict became final (docs/kpis.md, "sla-attainment"): the stop for a met clock or a
     * breached one that stopped; the breach for a breached clock still open. {@link #NONE} without a verdict.
     */
    public long verdictAt() {
        return verdictAt(state, stoppedAt, breachedAt);
    }

    /** True when it stopped with a verdict, so its elapsed time is final: the samples of time to respond or resolve. */
    public boolean stoppedWithVerdict() {
        return stoppedWithVerdict(state, stoppedAt);
    }

    /** {@link #hasVerdict()} of a clock in {@code state}: for the KPIs, which read the clock results themselves. */
    public static boolean hasVerdict(ClockState state) {
        return state == ClockState.MET || state == ClockState.BREACHED;
    }

    /** {@link #verdictAt()} of a clock in {@code state} that stopped and breached at those instants (or NONE). */
    public static long verdictAt(ClockState state, long stoppedAt, long breachedAt) {
        if (state == ClockState.MET) {
            return stoppedAt;
        }
        if (state == ClockState.BREACHED) {
            return stoppedAt != NONE ? stoppedAt : breachedAt;
        }
        return NONE;
    }

    /** {@link #stoppedWithVerdict()} of a clock in {@code state} that stopped at {@code stoppedAt} (or NONE). */
    public static boolean stoppedWithVerdict(ClockState state, long stoppedAt) {
        return hasVerdict(state) && stoppedAt != NONE;
    }
}
