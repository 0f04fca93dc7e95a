package io.witness.core.pattern;

import io.witness.core.contract.PartyId;

/**
 * Something a provider's cases show, stated as one sentence with its numbers, with the data behind it
 * in the implementing record (for a table or a chart). Immutable.
 */
public sealed interface Pattern
        permits Frequency, ResponseTrend, RecurringIssue, WeeklyHeatmap, MonthEndShare, AfterHoursShare,
                FailureConcentration {

    /** The provider whose cases show it. */
    PartyId provider();

    /** The pattern in one sentence, with its numbers. */
    String sentence();
}
