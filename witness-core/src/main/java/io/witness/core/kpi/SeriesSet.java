package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one provider's KPIs on one timeline while they are counted: per KPI, dimension and
 * priority, one accumulator per period. Priority 0 is all priorities: every rate and count added for a
 * priority is added to it too, and its durations are read from the whole row. One thread.
 */
final class SeriesSet {

    /** A series' identity within a provider and timeline. */
    record Key(KpiId kpi, String dimension, int priority) {
    }

    /**
     * The accumulators of one series, one per period. A series of durations keeps only the samples added under
     * its own priority number: those of all priorities (0) are gathered from the row when read.
     */
    static final class Series {
        final long[] numerators;
        final long[] denominators;
        final Samples[] samples;

        Series(KpiId.Kind kind, int periods) {
            numerators = new long[periods];
            denominators = new long[periods];
            samples = kind == KpiId.Kind.DURATIONS ? new Samples[periods] : null;
        }

        void time(int period, long millis) {
            Samples held = samples[period];
            if (held == null) {
                held = new Samples();
                samples[period] = held;
            }
            held.add(millis);
        }

        int sampleCount(int period) {
            return samples[period] == null ? 0 : samples[period].size();
        }
    }

    private final int periods;
    private final int priorities;
    /** Per KPI (by ordinal), per dimension, one series per priority number (0 is all), made when first used. */
    private final List<Map<String, Series[]>> series = new ArrayList<>();
    /** The series of each KPI without a dimension, found without a lookup. */
    private final Series[][] withoutDimension = new Series[KpiId.values().length][];
    /** Where a cell's durations are gathered and sorted when its value is read, reused from cell to cell. */
    private long[] scratch = new long[0];

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

    /** One more duration: kept once, under its priority number (the series of all priorities made if need be). */
    void time(KpiId kpi, String dimension, int priority, int period, long millis) {
        Series[] byPriority = row(kpi, dimension);
        Series all = series(byPriority, kpi, 0);
        (priority > 0 ? series(byPriority, kpi, priority) : all).time(period, millis);
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
                long[] held = new long[theirs.sampleCount(period)];
                theirs.samples[period].copyTo(held, 0);
                for (long millis : held) {
                    ours.time(period, millis);
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

    /** The value of a series in a period; the durations of all priorities are those of every priority in its row. */
    KpiValue value(Key key, int period) {
        Series[] byPriority = series.get(key.kpi().ordinal()).get(key.dimension());
        Series s = byPriority[key.priority()];
        switch (key.kpi().kind()) {
            case RATE:
                return new KpiValue.Rate(s.numerators[period], s.denominators[period]);
            case COUNT:
                return new KpiValue.Count(s.numerators[period]);
            default:
                int from = key.priority();
                int to = key.priority() == 0 ? byPriority.length : key.priority() + 1;
                int count = 0;
                for (int p = from; p < to; p++) {
                    count += byPriority[p] == null ? 0 : byPriority[p].sampleCount(period);
                }
                if (count == 0) {
                    return KpiValue.Times.none();
                }
                if (scratch.length < count) {
                    scratch = new long[Math.max(count, 2 * scratch.length)];
                }
                int at = 0;
                for (int p = from; p < to; p++) {
                    if (byPriority[p] != null && byPriority[p].samples[period] != null) {
                        at = byPriority[p].samples[period].copyTo(scratch, at);
                    }
                }
                return KpiValue.Times.of(scratch, count);
        }
    }
}
