package io.witness.core.kpi;

import java.util.Arrays;

/**
 * The k-th smallest of some longs without sorting them all: quickselect with three-way partitions (many equal
 * durations are common), a median-of-three pivot, and a sort of what is left when a range is small or the
 * partitions go badly. Pure.
 */
final class OrderStatistics {

    private static final int SMALL = 24;

    private OrderStatistics() {
    }

    /**
     * Reorders {@code values[from..to)} so that {@code values[k]} holds the value a sort would put there, every value
     * before it (from {@code from}) is no larger and every value after it (to {@code to}) no smaller.
     */
    static void select(long[] values, int from, int to, int k) {
        int left = from;
        int right = to - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(to - from)) + 8;
        while (right > left) {
            if (right - left < SMALL || budget-- == 0) {
                Arrays.sort(values, left, right + 1);
                return;
            }
            long pivot = median(values[left], values[(left + right) >>> 1], values[right]);
            // [left, lower) below the pivot, [lower, i) equal, (upper, right] above it.
            int lower = left;
            int upper = right;
            int i = left;
            while (i <= upper) {
                long v = values[i];
                if (v < pivot) {
                    values[i++] = values[lower];
                    values[lower++] = v;
                } else if (v > pivot) {
                    values[i] = values[upper];
                    values[upper--] = v;
                } else {
                    i++;
                }
            }
            if (k < lower) {
                right = lower - 1;
            } else if (k > upper) {
                left = upper + 1;
            } else {
                return;
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
