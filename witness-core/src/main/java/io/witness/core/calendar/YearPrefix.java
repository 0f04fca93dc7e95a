package io.witness.core.calendar;

import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Running totals of open time over a range of whole UTC years, so that a span of many years is summed
 * in one subtraction. Immutable; a wider one replaces it when a query reaches outside its range.
 */
final class YearPrefix {

    private final int first;
    /** Open time of years first .. first+i-1. */
    private final long[] totals;

    private YearPrefix(int first, long[] totals) {
        this.first = first;
        this.totals = totals;
    }

    static YearPrefix covering(@Nullable YearPrefix old, int from, int toExclusive, IntFunction<YearPeriods> years) {
        int lo = old == null ? from : Math.min(old.first, from);
        int hi = old == null ? toExclusive : Math.max(old.first + old.totals.length - 1, toExclusive);
        long[] totals = new long[hi - lo + 1];
        for (int y = lo; y < hi; y++) {
            totals[y - lo + 1] = totals[y - lo] + years.apply(y).total();
        }
        return new YearPrefix(lo, totals);
    }

    boolean covers(int from, int toExclusive) {
        return from >= first && toExclusive <= first + totals.length - 1;
    }

    long sum(int from, int toExclusive) {
        return totals[toExclusive - first] - totals[from - first];
    }
}
