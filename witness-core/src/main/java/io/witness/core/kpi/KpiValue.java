package io.witness.core.kpi;

import io.witness.core.reconcile.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/** The value of one KPI in one cell of the table: a rate, a set of durations, or a count. Immutable. */
public sealed interface KpiValue permits KpiValue.Rate, KpiValue.Times, KpiValue.Count {

    /** True when there was nothing to measure (a rate of 0 of 0, no durations). */
    boolean isEmpty();

    /** The figure a trend follows: the rate (0 to 1), the median in milliseconds, or the count. */
    OptionalDouble figure();

    /** The value in words: {@code 92.3% (12 of 13)}, {@code median 1 h 2 min, mean 1 h 10 min, p90 2 h (12)}. */
    String headline();

    /**
     * A share: {@code numerator} of {@code denominator} cases or clocks.
     *
     * @param numerator how many met the rule, from 0 to {@code denominator}
     * @param denominator how many were judged, not negative
     */
    record Rate(long numerator, long denominator) implements KpiValue {

        /** @throws IllegalArgumentException unless 0 <= numerator <= denominator */
        public Rate {
            if (numerator < 0 || numerator > denominator) {
                throw new IllegalArgumentException("A rate needs 0 <= numerator <= denominator, got " + numerator + " of "
                        + denominator);
            }
        }

        @Override
        public boolean isEmpty() {
            return denominator == 0;
        }

        @Override
        public OptionalDouble figure() {
            return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
        }

        @Override
        public String headline() {
            return denominator == 0 ? "none" : String.format(Locale.ROOT, "%.1f%% (%d of %d)",
                    100.0 * numerator / denominator, numerator, denominator);
        }
    }

    /**
     * Durations: how many, their mean (rounded down to the millisecond), median (the middle value, or the
     * mean of the two middle values rounded down) and 90th percentile (nearest rank: the smallest value
     * that at least 90% of values do not exceed).
     *
     * @param count how many durations, not negative
     * @param meanMillis their mean; 0 when there are none
     * @param medianMillis their median; 0 when there are none
     * @param p90Millis their 90th percentile; 0 when there are none
     */
    record Times(long count, long meanMillis, long medianMillis, long p90Millis) implements KpiValue {

        private static final Times NONE = new Times(0, 0, 0, 0);

        /** @throws IllegalArgumentException if a figure is negative, the median exceeds the p90, or an empty set has figures */
        public Times {
            if (count < 0 || meanMillis < 0 || medianMillis < 0 || medianMillis > p90Millis) {
                throw new IllegalArgumentException("Durations need count, mean, median >= 0 and median <= p90, got " + count
                        + ", " + meanMillis + ", " + medianMillis + ", " + p90Millis);
            }
            if (count == 0 && (meanMillis != 0 || p90Millis != 0)) {
                throw new IllegalArgumentException("No durations have no figures, got mean " + meanMillis + ", p90 " + p90Millis);
            }
        }

        /** No durations. */
        public static Times none() {
            return NONE;
        }

        /**
         * The figures of some durations in milliseconds.
         *
         * @param millis the durations, not negative; reordered in place (the order statistics are selected, not sorted)
         * @param count how many of {@code millis} to take, from the start
         */
        public static Times of(long[] millis, int count) {
            if (count == 0) {
                return NONE;
            }
            long least = Long.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                least = Math.min(least, millis[i]);
            }
            if (least < 0) {
                throw new IllegalArgumentException("A duration cannot be negative, got " + least + " ms");
            }
            long sum = 0;
            for (int i = 0; i < count; i++) {
                sum = Math.addExact(sum, millis[i]);
            }
            // Each statistic's place is at or after the one before: selected among what lies after it.
            int lower = (count - 1) / 2;
            int upper = count / 2;
            int p90 = (9 * count + 9) / 10 - 1;
            OrderStatistics.select(millis, 0, count, lower);
            if (upper > lower) {
                OrderStatistics.select(millis, lower + 1, count, upper);
            }
            if (p90 > upper) {
                OrderStatistics.select(millis, upper + 1, count, p90);
            }
            long a = millis[lower];
            long b = millis[upper];
            long median = a + (b - a) / 2;
            return new Times(count, sum / count, median, millis[p90]);
        }

        @Override
        public boolean isEmpty() {
            return count == 0;
        }

        @Override
        public OptionalDouble figure() {
            return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(medianMillis);
        }

        @Override
        public String headline() {
            return count == 0 ? "none" : "median " + words(medianMillis) + ", mean " + words(meanMillis) + ", p90 "
                    + words(p90Millis) + " (" + count + ")";
        }

        private static String words(long millis) {
            return Durations.words(Duration.ofMillis(millis));
        }
    }

    /**
     * How many.
     *
     * @param count not negative
     */
    record Count(long count) implements KpiValue {

        /** @throws IllegalArgumentException if {@code count} is negative */
        public Count {
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative, got " + count);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public OptionalDouble figure() {
            return OptionalDouble.of(count);
        }

        @Override
        public String headline() {
            return Long.toString(count);
        }
    }
}
