package io.witness.core.pattern;

import io.witness.core.event.Side;
import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of the patterns (docs/kpis.md, "Patterns"). Immutable.
 *
 * @param timeline the timeline whose cases and clocks are read (the witnessed one by default)
 * @param recurrenceWindow how close the cases of a recurring problem must be: at most this from the first
 *     to the last of them
 * @param recurrenceAtLeast how many cases in the window make a problem recurring, at least 2
 * @param recurringPerKind at most this many recurring problems per kind (item, title, category), the most
 *     frequent first
 * @param monthEndDays how many last days of a month count as its end, from 1 to 28
 * @param trendMinWeeks how many weeks with responses a trend test needs, at least 3
 * @param significance the level below which a trend's p-value is significant, in (0, 1)
 * @param topValues how many of the most frequent values a frequency sentence names, at least 1
 */
public record PatternOptions(Side timeline, Duration recurrenceWindow, int recurrenceAtLeast, int recurringPerKind,
        int monthEndDays, int trendMinWeeks, double significance, int topValues) {

    private static final PatternOptions DEFAULTS = new PatternOptions(Side.WITNESS, Duration.ofDays(90), 3, 5, 3, 4, 0.05, 3);

    /** @throws IllegalArgumentException if a threshold is out of its range */
    public PatternOptions {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(recurrenceWindow, "recurrenceWindow");
        if (recurrenceWindow.isNegative() || recurrenceWindow.isZero() || recurrenceAtLeast < 2 || recurringPerKind < 0
                || monthEndDays < 1 || monthEndDays > 28 || trendMinWeeks < 3 || !(significance > 0 && significance < 1)
                || topValues < 1) {
            throw new IllegalArgumentException("Pattern thresholds out of range: window " + recurrenceWindow + ", at least "
                    + recurrenceAtLeast + ", per kind " + recurringPerKind + ", month-end days " + monthEndDays
                    + ", trend weeks " + trendMinWeeks + ", significance " + significance + ", top " + topValues);
        }
    }

    /** The witnessed timeline; 3 cases within 90 days; 5 per kind; 3 month-end days; 4 weeks; p < 0.05; top 3. */
    public static PatternOptions defaults() {
        return DEFAULTS;
    }

    /** A copy reading another timeline. */
    public PatternOptions withTimeline(Side newTimeline) {
        return new PatternOptions(newTimeline, recurrenceWindow, recurrenceAtLeast, recurringPerKind, monthEndDays,
                trendMinWeeks, significance, topValues);
    }
}
