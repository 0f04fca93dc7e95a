package io.witness.core.kpi;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a KPI moved from the period before: a rate in percentage points, durations by the percentage
 * change of their median, a count by the difference; and whether that is better, worse or the same
 * (up or down for a KPI that is neither). Immutable.
 *
 * @param amount the change, in {@code unit}
 * @param unit what {@code amount} counts
 * @param direction which way, for a reader
 */
public record KpiChange(double amount, Unit unit, Direction direction) {

    /** What a change counts. */
    public enum Unit {
        /** Percentage points of a rate. */
        POINTS("pp"),
        /** Percent of the earlier median. */
        PERCENT("%"),
        /** Cases. */
        COUNT("");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Which way a KPI moved, judged by its polarity. */
    public enum Direction {
        BETTER, WORSE, SAME, UP, DOWN;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public KpiChange {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("A change is a finite number, got " + amount);
        }
    }

    /**
     * The change from {@code before} to {@code after} of a KPI; empty when either has no figure, or the
     * earlier median is zero (no percentage of nothing).
     */
    public static Optional<KpiChange> between(KpiValue before, KpiValue after, KpiId kpi) {
        if (before.figure().isEmpty() || after.figure().isEmpty()) {
            return Optional.empty();
        }
        double was = before.figure().getAsDouble();
        double now = after.figure().getAsDouble();
        double amount;
        Unit unit;
        switch (kpi.kind()) {
            case RATE -> {
                amount = round((now - was) * 100, 1);
                unit = Unit.POINTS;
            }
            case DURATIONS -> {
                if (was == 0) {
                    return Optional.empty();
                }
                amount = round((now - was) / was * 100, 1);
                unit = Unit.PERCENT;
            }
            default -> {
                amount = now - was;
                unit = Unit.COUNT;
            }
        }
        return Optional.of(new KpiChange(amount, unit, direction(amount, kpi.polarity())));
    }

    private static Direction direction(double amount, KpiId.Polarity polarity) {
        if (amount == 0) {
            return Direction.SAME;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> amount > 0 ? Direction.BETTER : Direction.WORSE;
            case LOWER_IS_BETTER -> amount < 0 ? Direction.BETTER : Direction.WORSE;
            case NEUTRAL -> amount > 0 ? Direction.UP : Direction.DOWN;
        };
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** {@code +5.0 pp (better)}, {@code -12.5% (better)}, {@code +3 (up)}. */
    @Override
    public String toString() {
        String number = unit == Unit.COUNT ? String.format(Locale.ROOT, "%+d", (long) amount)
                : String.format(Locale.ROOT, "%+.1f", amount);
        return number + (unit == Unit.POINTS ? " " : "") + unit.symbol() + " (" + direction.wireName() + ")";
    }
}
