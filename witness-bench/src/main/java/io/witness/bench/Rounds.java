package io.witness.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The measured rounds of one figure: the work done and the time it took each round, as rates (work a
 * second) with their median, minimum and maximum. Mutable.
 */
final class Rounds {

    private final String unit;
    private final double[] rates;
    private final long[] nanos;
    private int count;
    private long work;
    private long allocated = -1;

    Rounds(String unit, int rounds) {
        this.unit = unit;
        this.rates = new double[rounds];
        this.nanos = new long[rounds];
    }

    void add(long work, long elapsedNanos) {
        rates[count] = work * 1e9 / Math.max(1, elapsedNanos);
        nanos[count] = elapsedNanos;
        count++;
        this.work += work;
    }

    /** The bytes the measuring thread allocated over all rounds; not known when work ran on other threads. */
    void allocated(long bytes) {
        this.allocated = bytes;
    }

    double median() {
        double[] sorted = Arrays.copyOf(rates, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    double min() {
        return Arrays.stream(rates, 0, count).min().orElse(0);
    }

    double max() {
        return Arrays.stream(rates, 0, count).max().orElse(0);
    }

    /**
     * "12.34 M events/s (median of 5; min 12.01, max 12.50; 0.190 s a round; 1,234 B/event)"; the bytes
     * allocated a unit of work only when they were all allocated on the measuring thread.
     */
    String describe() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        String bytes = allocated < 0 ? "" : String.format(Locale.ROOT, "; %,.0f B/%s", (double) allocated / work,
                unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
        return String.format(Locale.ROOT, "%8.2f M %s/s  (median of %d; min %.2f, max %.2f; %.3f s a round%s)",
                median() / 1e6, unit, count, min() / 1e6, max() / 1e6, sorted[count / 2] / 1e9, bytes);
    }
}
