package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one provider's KPIs on one timeline while they are counted: per KPI, dimension and
 * priority, one accumulator per period. Priority 0 is all priorities; every figure added for a priority
 * is added to it too. One thread.
 */
final class SeriesSet {

    /** A series' identity within a provider and timeline. */
    record Key(KpiId kpi, String dimension, int priority) {
    }

    /** The accumulators of one series, one per period. */
    static final class Series {
        final long[] numerators;
        final long[] denominators;
        final long[][] samples;
        final int[] sampleCounts;

        Series(KpiId.Kind kind, int periods) {
            numerators = new long[periods];
            denominators = new long[periods];
            samples = kind == KpiId.Kind.DURATIONS ? new long[periods][] : null;
            sampleCounts = kind == KpiId.Kind.DURATIONS ? new int[periods] : null;
        }

        KpiValue value(KpiId kpi, int period) {
            return switch (kpi.kind()) {
                case RATE -> new KpiValue.Rate(numerators[period], denominators[period]);
                case COUNT -> new KpiValue.Count(numerators[period]);
                case DURATIONS -> samples[period] == null ? KpiValue.Times.none()
                        : KpiValue.Times.of(samples[period], sampleCounts[period]);
            };
        }
    }

    private final int periods;
    private final Map<Key, Series> series = new HashMap<>();

    SeriesSet(int periods) {
        this.periods = periods;
    }

    /** Makes sure a series exists, so it is listed even with nothing in it. */
    void declare(KpiId kpi, String dimension, int priority) {
        series.computeIfAbsent(new Key(kpi, dimension, priority), k -> new Series(kpi.kind(), periods));
    }

    /** One more case or clock judged for a rate; {@code hit} when it meets the rule. */
    void rate(KpiId kpi, String dimension, int priority, int period, boolean hit) {
        rate1(kpi, dimension, 0, period, hit);
        if (priority > 0) {
            rate1(kpi, dimension, priority, period, hit);
        }
    }

    /** One more duration. */
    void time(KpiId kpi, String dimension, int priority, int period, long millis) {
        time1(kpi, dimension, 0, period, millis);
        if (priority > 0) {
            time1(kpi, dimension, priority, period, millis);
        }
    }

    /** One more of a count. */
    void count(KpiId kpi, String dimension, int priority, int period) {
        count1(kpi, dimension, 0, period);
        if (priority > 0) {
            count1(kpi, dimension, priority, period);
        }
    }

    private void rate1(KpiId kpi, String dimension, int priority, int period, boolean hit) {
        Series s = get(kpi, dimension, priority);
        s.denominators[period]++;
        if (hit) {
            s.numerators[period]++;
        }
    }

    private void time1(KpiId kpi, String dimension, int priority, int period, long millis) {
        Series s = get(kpi, dimension, priority);
        long[] held = s.samples[period];
        int n = s.sampleCounts[period];
        if (held == null) {
            held = new long[8];
        } else if (n == held.length) {
            held = Arrays.copyOf(held, n * 2);
        }
        held[n] = millis;
        s.samples[period] = held;
        s.sampleCounts[period] = n + 1;
    }

    private void count1(KpiId kpi, String dimension, int priority, int period) {
        get(kpi, dimension, priority).numerators[period]++;
    }

    private Series get(KpiId kpi, String dimension, int priority) {
        Key key = new Key(kpi, dimension, priority);
        Series s = series.get(key);
        if (s == null) {
            s = new Series(kpi.kind(), periods);
            series.put(key, s);
        }
        return s;
    }

    /** The series' keys in table order: KPI, dimension (as {@code dimensions} orders it), priority. */
    List<Key> keys(java.util.Comparator<Key> dimensions) {
        List<Key> keys = new ArrayList<>(series.keySet());
        keys.sort(java.util.Comparator.comparing(Key::kpi).thenComparing(dimensions)
                .thenComparingInt(Key::priority));
        return keys;
    }

    Series series(Key key) {
        return series.get(key);
    }
}
