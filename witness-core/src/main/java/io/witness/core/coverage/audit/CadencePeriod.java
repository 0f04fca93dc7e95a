package io.witness.core.coverage.audit;

import io.witness.core.contract.Cadence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One period of a cadence, as calendar dates {@code [startInclusive, endExclusive)}: a day, an ISO week
 * (Monday to Sunday), a month, a quarter (from January, April, July, October), a half year (from January
 * and July) or a year. Immutable.
 *
 * @param cadence the cadence, not null
 * @param startInclusive its first day, not null
 * @param endExclusive the day after its last, not null
 */
public record CadencePeriod(Cadence cadence, LocalDate startInclusive, LocalDate endExclusive) {

    public CadencePeriod {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException("A period ends after it starts, got " + startInclusive + " to " + endExclusive);
        }
    }

    /** The period of {@code cadence} that contains {@code date}. */
    public static CadencePeriod containing(Cadence cadence, LocalDate date) {
        LocalDate start = switch (cadence) {
            case DAILY -> date;
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> date.withDayOfMonth(1);
            case QUARTERLY -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case BIANNUAL -> date.withDayOfMonth(1).withMonth(date.getMonthValue() <= 6 ? 1 : 7);
            case ANNUAL -> date.withDayOfYear(1);
        };
        return new CadencePeriod(cadence, start, after(cadence, start));
    }

    /**
     * The periods that lie wholly inside {@code [fromInclusive, toExclusive)}, in order: those that have
     * both started and ended within it.
     */
    public static List<CadencePeriod> within(Cadence cadence, LocalDate fromInclusive, LocalDate toExclusive) {
        List<CadencePeriod> periods = new ArrayList<>();
        CadencePeriod period = containing(cadence, fromInclusive);
        if (period.startInclusive().isBefore(fromInclusive)) {
            period = period.next();
        }
        while (!period.endExclusive().isAfter(toExclusive)) {
            periods.add(period);
            period = period.next();
        }
        return periods;
    }

    /** The date one cadence after {@code date}: a day, 7 days, a month, 3 months, 6 months or a year later. */
    public static LocalDate after(Cadence cadence, LocalDate date) {
        return switch (cadence) {
            case DAILY -> date.plusDays(1);
            case WEEKLY -> date.plusWeeks(1);
            case MONTHLY -> date.plusMonths(1);
            case QUARTERLY -> date.plusMonths(3);
            case BIANNUAL -> date.plusMonths(6);
            case ANNUAL -> date.plusYears(1);
        };
    }

    /** The period after this one. */
    public CadencePeriod next() {
        return new CadencePeriod(cadence, endExclusive, after(cadence, endExclusive));
    }

    /** True when {@code date} falls in it. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /** Its last day. */
    public LocalDate endInclusive() {
        return endExclusive.minusDays(1);
    }

    /** How findings name it: {@code 2026-05-03}, {@code the week of 2026-02-16}, {@code 2026-04}, {@code 2026 Q1}, {@code 2026 H2}, {@code 2026}. */
    public String label() {
        return switch (cadence) {
            case DAILY -> startInclusive.toString();
            case WEEKLY -> "the week of " + startInclusive;
            case MONTHLY -> startInclusive.toString().substring(0, 7);
            case QUARTERLY -> startInclusive.getYear() + " Q" + ((startInclusive.getMonthValue() - 1) / 3 + 1);
            case BIANNUAL -> startInclusive.getYear() + " H" + (startInclusive.getMonthValue() <= 6 ? 1 : 2);
            case ANNUAL -> Integer.toString(startInclusive.getYear());
        };
    }

    /** The noun of one period: day, week, month, quarter, half year, year. */
    public static String unit(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case QUARTERLY -> "quarter";
            case BIANNUAL -> "half year";
            case ANNUAL -> "year";
        };
    }
}
