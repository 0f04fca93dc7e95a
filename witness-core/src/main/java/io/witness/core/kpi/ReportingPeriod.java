package io.witness.core.kpi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One calendar month or quarter over which KPIs are reported, as dates {@code [startInclusive,
 * endExclusive)}; the zone that turns them into instants is the report's ({@link ReportingPeriods}).
 * Immutable and thread-safe.
 *
 * @param startInclusive the first day, the first of a month (of a quarter's first month for a quarter)
 * @param endExclusive the day after the last day
 * @param length a month or a quarter
 */
public record ReportingPeriod(LocalDate startInclusive, LocalDate endExclusive, Length length) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** How long a reporting period is. */
    public enum Length {
        MONTH,
        QUARTER
    }

    /** @throws DateTimeException if the dates are not those of one whole month or quarter */
    public ReportingPeriod {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        Objects.requireNonNull(length, "length");
        int months = length == Length.MONTH ? 1 : 3;
        if (startInclusive.getDayOfMonth() != 1 || length == Length.QUARTER && (startInclusive.getMonthValue() - 1) % 3 != 0
                || !endExclusive.equals(startInclusive.plusMonths(months))) {
            throw new DateTimeException("A reporting period is a whole " + length.name().toLowerCase(Locale.ROOT)
                    + ", not " + startInclusive + " to " + endExclusive);
        }
    }

    /** The month. */
    public static ReportingPeriod month(YearMonth month) {
        LocalDate start = month.atDay(1);
        return new ReportingPeriod(start, start.plusMonths(1), Length.MONTH);
    }

    /**
     * The quarter of a year.
     *
     * @param quarter from 1 to 4
     * @throws DateTimeException if {@code quarter} is not from 1 to 4
     */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateTimeException("A quarter is from 1 to 4, got " + quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new ReportingPeriod(start, start.plusMonths(3), Length.QUARTER);
    }

    /** The month or quarter containing a date. */
    public static ReportingPeriod containing(LocalDate date, Length length) {
        return length == Length.MONTH ? month(YearMonth.from(date))
                : quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * A month as {@code 2026-01} or a quarter as {@code 2026-Q1}.
     *
     * @throws DateTimeException if the text is neither
     */
    public static ReportingPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        try {
            return month(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new DateTimeException("Expected a month such as 2026-01 or a quarter such as 2026-Q1, found '" + text + "'", e);
        }
    }

    /** The period after this one, of the same length. */
    public ReportingPeriod next() {
        return length == Length.MONTH ? month(YearMonth.from(endExclusive))
                : new ReportingPeriod(endExclusive, endExclusive.plusMonths(3), Length.QUARTER);
    }

    /** True when the date lies in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /** {@code 2026-01} for a month, {@code 2026-Q1} for a quarter. */
    @Override
    public String toString() {
        return length == Length.MONTH ? YearMonth.from(startInclusive).toString()
                : startInclusive.getYear() + "-Q" + ((startInclusive.getMonthValue() - 1) / 3 + 1);
    }
}
