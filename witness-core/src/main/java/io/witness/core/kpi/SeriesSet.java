package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    private final int priorities;
    /** Per KPI (by ordinal), per dimension, one series per priority number (0 is all), made when first used. */
    private final List<Map<String, Series[]>> series = new ArrayList<>();
    /** The series of each KPI without a dimension, found without a lookup. */
    private final Series[][] withoutDimension = new Series[KpiId.values().length][];

    /**
     * @param periods how many periods
     * @param priorities how many priority numbers, counting 0 for all
     */
    SeriesSet(int periods, int priorities) {
        this.periods = periods;
        this.priorities = priorities;
        for (int k = 0; k < KpiId.values().length; k++) {
            series.add(new HashMap<>());
        }
    }

    /** Makes sure a series exists, so it is listed even with nothing in it. */
    void declare(KpiId kpi, String dimension, int priority) {
        get(kpi, dimension, priority);
    }

    /** One more case or clock judged for a rate; {@code hit} when it meets the rule. */
    void rate(KpiId kpi, String dimension, int priority, int period, boolean hit) {
        Series[] byPriority = row(kpi, dimension);
        rate1(series(byPriority, kpi, 0), period, hit);
        if (priority > 0) {
            rate1(series(byPriority, kpi, priority), period, hit);
        }
    }

    /** One more duration. */
    void time(KpiId kpi, String dimension, int priority, int period, long millis) {
        Series[] byPriority = row(kpi, dimension);
        time1(series(byPriority, kpi, 0), period, millis);
        if (priority > 0) {
            time1(series(byPriority, kpi, priority), period, millis);
        }
    }

    /** One more of a count. */
    void count(KpiId kpi, String dimension, int priority, int period) {
        Series[] byPriority = row(kpi, dimension);
        series(byPriority, kpi, 0).numerators[period]++;
        if (priority > 0) {
            series(byPriority, kpi, priority).numerators[period]++;
        }
    }

    private static void rate1(Series s, int period, boolean hit) {
        s.denominators[period]++;
        if (hit) {
            s.numerators[period]++;
        }
    }

    private static void time1(Series s, int period, long millis) {
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

    private Series get(KpiId kpi, String dimension, int priority) {
        return series(row(kpi, dimension), kpi, priority);
    }

    /** A KPI's series of one dimension, one per priority number; those without a dimension held apart. */
    private Series[] row(KpiId kpi, String dimension) {
        if (dimension.isEmpty()) {
            Series[] plain = withoutDimension[kpi.ordinal()];
            if (plain == null) {
                plain = new Series[priorities];
                withoutDimension[kpi.ordinal()] = plain;
                series.get(kpi.ordinal()).put("", plain);
            }
            return plain;
        }
        Map<String, Series[]> byDimension = series.get(kpi.ordinal());
        Series[] byPriority = byDimension.get(dimension);
        if (byPriority == null) {
            byPriority = new Series[priorities];
            byDimension.put(dimension, byPriority);
        }
        return byPriority;
    }

    private Series series(Series[] byPriority, KpiId kpi, int priority) {
        Series s = byPriority[priority];
        if (s == null) {
            s = new Series(kpi.kind(), periods);
            byPriority[priority] = s;
        }
        return s;
    }

    /** Adds another set's figures (of the same periods and priorities) to this one's. */
    void absorb(SeriesSet other) {
        for (KpiId kpi : KpiId.values()) {
            other.series.get(kpi.ordinal()).forEach((dimension, theirs) -> {
                Series[] ours = row(kpi, dimension);
                for (int p = 0; p < theirs.length; p++) {
                    if (theirs[p] != null) {
                        add(series(ours, kpi, p), theirs[p]);
                    }
                }
            });
        }
    }

    private void add(Series ours, Series theirs) {
        for (int period = 0; period < periods; period++) {
            ours.numerators[period] += theirs.numerators[period];
            ours.denominators[period] += theirs.denominators[period];
            if (theirs.samples != null && theirs.samples[period] != null) {
                for (int i = 0; i < theirs.sampleCounts[period]; i++) {
                    time1(ours, period, theirs.samples[period][i]);
                }
            }
        }
    }

    /** The series' keys in table order: KPI, dimension (as {@code dimensions} orders it), priority. */
    List<Key> keys(Comparator<Key> dimensions) {
        List<Key> keys = new ArrayList<>();
        for (KpiId kpi : KpiId.values()) {
            series.get(kpi.ordinal()).forEach((dimension, byPriority) -> {
                for (int p = 0; p < byPriority.length; p++) {
                    if (byPriority[p] != null) {
                        keys.add(new Key(kpi, dimension, p));
                    }
                }
            });
        }
        keys.sort(Comparator.comparing(Key::kpi).thenComparing(dimensions).thenComparingInt(Key::priority));
        return keys;
    }

    Series series(Key key) {
        return series.get(key.kpi().ordinal()).get(key.dimension())[key.priority()];
    }
}
