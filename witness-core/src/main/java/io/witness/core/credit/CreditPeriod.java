package io.witness.core.credit;

import io.witness.core.contract.MeasurementPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One measurement period of a credit schedule, as dates {@code [startInclusive, endExclusive)} in the
 * contract's zone: a calendar month ({@code 2026-03}) or quarter ({@code 2026-Q1}). Immutable.
 *
 * @param startInclusive the first day, the first of a month
 * @param endExclusive the day after the last, one or three months later
 */
public record CreditPeriod(LocalDate startInclusive, LocalDate endExclusive) {

    /** @throws DateTimeException if it is not one whole month or quarter */
    public CreditPeriod {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        boolean month = endExclusive.equals(startInclusive.plusMonths(1));
        boolean quarter = endExclusive.equals(startInclusive.plusMonths(3)) && (startInclusive.getMonthValue() - 1) % 3 == 0;
        if (startInclusive.getDayOfMonth() != 1 || !month && !quarter) {
            throw new DateTimeException("A credit period is a whole month or quarter, not " + startInclusive + " to "
                    + endExclusive);
        }
    }

    /** How many months it spans: 1 or 3. */
    public int months() {
        return endExclusive.equals(startInclusive.plusMonths(1)) ? 1 : 3;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /** {@code 2026-03} or {@code 2026-Q1}. */
    public String label() {
        return months() == 1 ? YearMonth.from(startInclusive).toString()
                : startInclusive.getYear() + "-Q" + ((startInclusive.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * The periods of a schedule that cover the months from {@code first} to {@code last}: each month, or
     * each quarter that holds one of them.
     */
    public static List<CreditPeriod> covering(MeasurementPeriod period, YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new DateTimeException("The last month " + last + " is before the first " + first);
        }
        List<CreditPeriod> periods = new ArrayList<>();
        YearMonth month = period == MeasurementPeriod.MONTHLY ? first
                : first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1);
        int step = period == MeasurementPeriod.MONTHLY ? 1 : 3;
        while (!month.isAfter(last)) {
            periods.add(new CreditPeriod(month.atDay(1), month.atDay(1).plusMonths(step)));
            month = month.plusMonths(step);
        }
        return periods;
    }

    @Override
    public String toString() {
        return label();
    }
}
