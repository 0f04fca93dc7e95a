package io.witness.core.reconcile;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of reconciliation (docs/reconcile.md): how tickets are matched; how much later than
 * Witness last looked at a ticket an event may claim to have happened before it counts as backdated
 * ({@code seenTolerance}, for the lag of a webhook or an export); and how far apart two sides' figures
 * for one clock must be to be a {@code clock-disagreement} (a verdict that differs always is). Immutable.
 *
 * @param correlation the matching rules, not null
 * @param seenTolerance not negative
 * @param disagreementAtLeast positive
 */
public record ReconcileRules(CorrelationRules correlation, Duration seenTolerance, Duration disagreementAtLeast) {

    /** @throws IllegalArgumentException if a duration is out of range */
    public ReconcileRules {
        Objects.requireNonNull(correlation, "correlation");
        Objects.requireNonNull(seenTolerance, "seenTolerance");
        Objects.requireNonNull(disagreementAtLeast, "disagreementAtLeast");
        if (seenTolerance.isNegative()) {
            throw new IllegalArgumentException("The seen tolerance cannot be negative, got " + seenTolerance);
        }
        if (disagreementAtLeast.isNegative() || disagreementAtLeast.isZero()) {
            throw new IllegalArgumentException("The disagreement threshold must be positive, got " + disagreementAtLeast);
        }
    }

    /** Default matching; 5 minutes of tolerance; disagreements of 5 minutes or more. */
    public static ReconcileRules defaults() {
        return new ReconcileRules(CorrelationRules.defaults(), Duration.ofMinutes(5), Duration.ofMinutes(5));
    }
}
