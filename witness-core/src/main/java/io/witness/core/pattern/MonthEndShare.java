package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether cases bunch at month ends: the cases opened on the last days of a month (by their date in the
 * report's zone), against the share of the periods' days that are such days. Immutable.
 *
 * @param provider the provider
 * @param days how many last days of a month count
 * @param cases the cases opened in the periods
 * @param atMonthEnd those opened on a month's last {@code days} days
 * @param monthEndDays the periods' days that are among the last {@code days} of their month
 * @param allDays the periods' days
 */
public record MonthEndShare(PartyId provider, int days, long cases, long atMonthEnd, long monthEndDays, long allDays)
        implements Pattern {

    /** @throws IllegalArgumentException unless 0 <= atMonthEnd <= cases and 0 < monthEndDays <= allDays */
    public MonthEndShare {
        Objects.requireNonNull(provider, "provider");
        if (atMonthEnd < 0 || atMonthEnd > cases || monthEndDays <= 0 || monthEndDays > allDays) {
            throw new IllegalArgumentException("Month-end counts out of range: " + atMonthEnd + " of " + cases + " cases, "
                    + monthEndDays + " of " + allDays + " days");
        }
    }

    /** The share among the cases opened in the periods; empty when none opened. */
    static Optional<MonthEndShare> of(CaseSet set, int days) {
        if (set.opened().isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = set.periods().get(0).startInclusive();
        LocalDate end = set.periods().get(set.periods().size() - 1).endExclusive();
        // Which of the periods' days are month ends, by day number from the first: looked up, not worked out per case.
        boolean[] monthEnd = new boolean[(int) (end.toEpochDay() - first.toEpochDay())];
        long monthEnds = 0;
        for (int d = 0; d < monthEnd.length; d++) {
            monthEnd[d] = isMonthEnd(first.plusDays(d), days);
            monthEnds += monthEnd[d] ? 1 : 0;
        }
        long atEnd = 0;
        LocalMillis times = set.localMillis();
        for (int i = 0, n = set.opened().size(); i < n; i++) {
            long local = times.local(set.openedAt(i));
            int day = (int) (Math.floorDiv(local, 86_400_000L) - first.toEpochDay());
            if (day >= 0 && day < monthEnd.length && monthEnd[day]) {
                atEnd++;
            }
        }
        long all = monthEnd.length;
        return Optional.of(new MonthEndShare(set.provider(), days, set.opened().size(), atEnd, monthEnds, all));
    }

    private static boolean isMonthEnd(LocalDate date, int days) {
        return date.getDayOfMonth() > date.lengthOfMonth() - days;
    }

    /** {@code 12 of 180 cases (6.7%) opened in the last 3 days of a month, which are 9.9% of the days.} */
    @Override
    public String sentence() {
        return atMonthEnd + " of " + Words.cases(cases) + " (" + Words.percent(atMonthEnd, cases) + ") opened in the last "
                + days + (days == 1 ? " day" : " days") + " of a month, which " + (days == 1 ? "is " : "are ")
                + Words.percent(monthEndDays, allDays) + " of the days.";
    }
}
