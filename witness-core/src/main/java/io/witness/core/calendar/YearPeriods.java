package io.witness.core.calendar;

import java.util.Arrays;

/**
 * The open periods of one UTC year as sorted, merged, disjoint half-open ranges of epoch milliseconds,
 * clipped to the year, with the running total of open time so that searches cost O(log n).
 * A period that runs over the year's end is cut in two; {@link BusinessCalendar} joins them again.
 * Immutable once built (final arrays, never written after construction).
 */
final class YearPeriods {

    /** The year's index in {@link UtcYears}. */
    final int index;
    final long yearStart;
    final long yearEnd;
    final long[] starts;
    final long[] ends;
    /** Open time from the year's start to the end of period i. */
    final long[] openThroughEnd;
    /** The year's open time. */
    private final long total;
    /**
     * The same three numbers of each period side by side, {@code [start, end, openThroughEnd]} at
     * {@code 3 * i}: locating an instant and counting open time reads one or two cache lines instead of
     * one in each of three arrays (in a replay of many cases these searches land all over the year).
     */
    private final long[] periods;
    /**
     * For each bucket of the year (2^24 ms, about 4.7 hours: a shift, not a division, finds it), the
     * last period starting before the bucket does (-1 for none), so that a search starts at most a step
     * or two from its answer instead of bisecting the whole year. Buckets shorter than most periods and
     * closed stretches leave few steps, each a branch the processor cannot foresee: with 18.6-hour
     * buckets a replay of the benchmark's cases spent 4 % more time.
     */
    private final int[] lastStartBeforeBucket;

    private static final int BUCKET_SHIFT = 24;

    private YearPeriods(int index, long yearStart, long yearEnd, long[] starts, long[] ends) {
        this.index = index;
        this.yearStart = yearStart;
        this.yearEnd = yearEnd;
        this.starts = starts;
        this.ends = ends;
        this.openThroughEnd = new long[starts.length];
        this.periods = new long[3 * starts.length];
        long sum = 0;
        for (int i = 0; i < starts.length; i++) {
            sum += ends[i] - starts[i];
            openThroughEnd[i] = sum;
            periods[3 * i] = starts[i];
            periods[3 * i + 1] = ends[i];
            periods[3 * i + 2] = sum;
        }
        this.total = sum;
        int buckets = (int) ((yearEnd - yearStart - 1) >>> BUCKET_SHIFT) + 1;
        this.lastStartBeforeBucket = new int[buckets];
        int i = -1;
        for (int bucket = 0; bucket < buckets; bucket++) {
            long bucketStart = yearStart + ((long) bucket << BUCKET_SHIFT);
            while (i + 1 < starts.length && starts[i + 1] < bucketStart) {
                i++;
            }
            lastStartBeforeBucket[bucket] = i;
        }
    }

    /**
     * Sorts and merges the given ranges (overlapping or touching ranges become one) and clips them to
     * the UTC year {@code index}.
     *
     * @param rawStarts starts, one per range; only the first {@code count} are read
     * @param rawEnds ends, one per range
     */
    static YearPeriods merge(int index, long[] rawStarts, long[] rawEnds, int count) {
        long yearStart = UtcYears.start(index);
        long yearEnd = UtcYears.end(index);
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(rawStarts[x], rawStarts[y]));
        long[] starts = new long[count];
        long[] ends = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            long start = Math.max(rawStarts[order[k]], yearStart);
            long end = Math.min(rawEnds[order[k]], yearEnd);
            if (end <= start) {
                continue;
            }
            if (n > 0 && start <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], end);
            } else {
                starts[n] = start;
                ends[n] = end;
                n++;
            }
        }
        return new YearPeriods(index, yearStart, yearEnd, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    int size() {
        return starts.length;
    }

    long total() {
        return total;
    }

    long openBefore(int i) {
        int at = 3 * i;
        return periods[at + 2] - (periods[at + 1] - periods[at]);
    }

    /** The index of the last period starting at or before t, or -1; t lies inside the year. */
    int lastStartingAtOrBefore(long t) {
        int i = lastStartBeforeBucket[(int) ((t - yearStart) >>> BUCKET_SHIFT)];
        int next = 3 * (i + 1);
        while (next < periods.length && periods[next] <= t) {
            i++;
            next += 3;
        }
        return i;
    }

    /** The index of the last period ending at or before t, or -1; t lies inside the year. */
    int lastEndingAtOrBefore(long t) {
        // Periods are disjoint and sorted: it is the one starting at or before t, or the one before.
        int i = lastStartingAtOrBefore(t);
        return i >= 0 && ends[i] > t ? i - 1 : i;
    }

    /** Open time in {@code [yearStart, t)} for t inside the year. */
    long openUntil(long t) {
        return openUntil(t, lastStartingAtOrBefore(t));
    }

    /** {@link #openUntil(long)} knowing {@code i = lastStartingAtOrBefore(t)}. */
    long openUntil(long t, int i) {
        if (i < 0) {
            return 0;
        }
        int at = 3 * i;
        long end = periods[at + 1];
        return periods[at + 2] - end + Math.min(t, end);
    }

    boolean isOpen(long t) {
        int i = lastStartingAtOrBefore(t);
        return i >= 0 && t < periods[3 * i + 1];
    }

    /** The earliest instant at which the open time since the year's start reaches {@code open}, 0 < open <= total. */
    long earliestReaching(long open) {
        return earliestReaching(open, 0);
    }

    /**
     * As {@link #earliestReaching(long)}, knowing that the answer lies in period {@code from} or later:
     * short spans, the usual case, are found by stepping a few periods instead of bisecting the year.
     */
    long earliestReaching(long open, int from) {
        int i = Math.max(from, 0);
        for (int steps = 0; i < starts.length && periods[3 * i + 2] < open; i++) {
            if (++steps == 8) {
                i = Arrays.binarySearch(openThroughEnd, i, starts.length, open);
                i = i >= 0 ? i : -i - 1;
                break;
            }
        }
        int at = 3 * i;
        return periods[at + 1] - (periods[at + 2] - open);
    }

    /** The latest instant at which the open time since the year's start is still {@code open}, 0 <= open < total. */
    long latestAt(long open) {
        int i = Arrays.binarySearch(openThroughEnd, open);
        i = i >= 0 ? i + 1 : -i - 1;
        return starts[i] + (open - openBefore(i));
    }
}
