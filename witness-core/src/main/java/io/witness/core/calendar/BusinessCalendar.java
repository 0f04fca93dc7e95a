package io.witness.core.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a service is open, and exact arithmetic on open ("business") time.
 *
 * <p>Semantics, all to the millisecond (finer parts of an instant are dropped):
 * <ul>
 *   <li>{@link #between(Instant, Instant) between(a, b)} is the open time inside {@code [a, b)}, as real
 *       elapsed time: on a DST change an open period is as long as it really was (09:00–17:00 on the day
 *       clocks go forward inside it is 7 hours). Negative when {@code b < a}.
 *   <li>{@link #add(Instant, Duration) add(t, d)} is the earliest instant {@code u >= t} with
 *       {@code between(t, u) = d} that is open or ends an open period: with hours 09:00–17:00, from Friday
 *       16:00 one hour is due Friday 17:00, two hours Monday 10:00, and zero hours from Saturday is Monday
 *       09:00. A negative {@code d} subtracts.
 *   <li>{@link #subtract(Instant, Duration) subtract(t, d)} is the mirror: the latest {@code u <= t} with
 *       {@code between(u, t) = d} that is open or ends an open period (zero hours from Saturday is Friday
 *       17:00).
 *   <li>{@link #addDays(Instant, int) addDays(t, n)}: n business days (dates with any open period)
 *       after t's local date, at t's local time of day, moved to the next opening when that is closed;
 *       {@link #subtractDays(Instant, int) subtractDays} the mirror, moved to the previous close.
 *   <li>{@link #isOpen(Instant) isOpen(t)}: t lies in an open period {@code [start, end)}.
 *       {@link #nextOpen(Instant) nextOpen(t)}: t when open, else the next period's start.
 *       {@link #nextClose(Instant) nextClose(t)}: the end of the period t is in, else of the next one.
 *       {@link #previousClose(Instant) previousClose(t)}: the latest end of a period at or before t.
 * </ul>
 * Periods that touch (Saturday 22:00–24:00 and Sunday 00:00–06:00) are one period. Each local date is
 * governed by the version in effect on that date, and a period belongs to the date it starts on. A local
 * time the wall clock skipped (DST gap) is the instant the clock jumped; a time it showed twice is its
 * first showing for a start and its second for an end, so a period covers every instant whose wall time
 * lies inside it.
 *
 * <p>Cost: open periods are expanded one UTC year at a time, on first use, into sorted arrays with
 * prefix sums of open time, and whole years are summed through a prefix over years, so
 * {@code between}, {@code add} and {@code subtract} cost O(log n) whatever the span.
 * Supported instants are from 1900 to 2399; outside that a {@link DateTimeException} is thrown.
 *
 * <p>Immutable and thread-safe; equal to another calendar with equal versions.
 */
public final class BusinessCalendar {

    private static final long NO_OPENING = -1;
    private static final long NO_CLOSE = -2;

    private final List<CalendarVersion> versions;
    private final PeriodExpansion expansion;
    private final long[] versionStarts;
    /**
     * Each UTC year's periods once expanded, null before. Read and written without synchronising: a
     * {@link YearPeriods} is immutable, its fields final, so a thread that reads one sees it whole, and two
     * threads that expand the same year make equal ones (every calendar operation reads this array, and a
     * volatile read would keep the compiler from reusing what it read).
     */
    private final YearPeriods[] years = new YearPeriods[UtcYears.COUNT];
    /**
     * The year of the last instant {@link #yearHolding} located, so that the next one in the same year
     * (the usual case: a clock's bounds, its due date) is found without locating its year again. Read and
     * written without synchronising, as {@link #years}.
     */
    private @Nullable YearPeriods lastYear;
    private volatile @Nullable YearPrefix yearPrefix;

    private BusinessCalendar(List<CalendarVersion> versions) {
        this.versions = versions;
        this.expansion = new PeriodExpansion(versions);
        this.versionStarts = new long[versions.size()];
        versionStarts[0] = Long.MIN_VALUE;
        for (int v = 1; v < versions.size(); v++) {
            CalendarVersion version = versions.get(v);
            versionStarts[v] = version.effectiveFrom().orElseThrow().atStartOfDay(version.zone()).toInstant().toEpochMilli();
        }
    }

    /** Open around the clock in UTC: business time equals elapsed time. */
    public static BusinessCalendar always() {
        return of(List.of(CalendarVersion.of(ZoneOffset.UTC, WeeklyHours.always())));
    }

    /**
     * A calendar made of versions that follow each other.
     *
     * @param versions not empty; the first has no effective date, the others have one, strictly later
     *     than the one before
     * @throws DateTimeException if the versions are out of order or the first has an effective date
     */
    public static BusinessCalendar of(List<CalendarVersion> versions) {
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty()) {
            throw new DateTimeException("A calendar needs at least one version");
        }
        if (versions.get(0).effectiveFrom().isPresent()) {
            throw new DateTimeException("The first calendar version applies since always; it has effective date "
                    + versions.get(0).effectiveFrom().get());
        }
        for (int v = 1; v < versions.size(); v++) {
            LocalDate from = versions.get(v).effectiveFrom().orElseThrow(
                    () -> new DateTimeException("Every calendar version after the first needs an effective date"));
            Optional<LocalDate> before = versions.get(v - 1).effectiveFrom();
            if (before.isPresent() && !from.isAfter(before.get())) {
                throw new DateTimeException("Calendar version effective " + from
                        + " must come after the version effective " + before.get());
            }
        }
        return new BusinessCalendar(List.copyOf(versions));
    }

    /** The versions in effect order. */
    public List<CalendarVersion> versions() {
        return versions;
    }

    /** Equal when the versions are equal: the same hours, holidays, extra days and zones from the same dates. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar calendar && versions.equals(calendar.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }

    @Override
    public String toString() {
        return "BusinessCalendar" + versions;
    }

    /** The zone of the version in effect at {@code t}. */
    public ZoneId zoneAt(Instant t) {
        long at = t.toEpochMilli();
        int v = versions.size() - 1;
        while (versionStarts[v] > at) {
            v--;
        }
        return versions.get(v).zone();
    }

    /** Open time inside {@code [a, b)}; negative when {@code b < a}. */
    public Duration between(Instant a, Instant b) {
        return Duration.ofMillis(betweenMillis(a.toEpochMilli(), b.toEpochMilli()));
    }

    /** {@link #between(Instant, Instant)} on epoch milliseconds, without allocating. */
    public long betweenMillis(long a, long b) {
        if (b < a) {
            return -betweenMillis(b, a);
        }
        YearPeriods first = yearHolding(a);
        if (b < first.yearEnd) {
            return first.openUntil(b) - first.openUntil(a);
        }
        YearPeriods last = yearHolding(b);
        return first.total() - first.openUntil(a) + wholeYears(first.index + 1, last.index) + last.openUntil(b);
    }

    /**
     * The open time of each stretch between consecutive instants: {@code out[i] = between(bounds[i],
     * bounds[i + 1])} for {@code i < count}. Cheaper than {@code count} calls to {@code betweenMillis}, as
     * each instant is located once.
     *
     * @param bounds {@code count + 1} instants in epoch milliseconds, in order (not decreasing)
     * @param out receives {@code count} values
     */
    public void betweenEachMillis(long[] bounds, int count, long[] out) {
        YearPeriods year = yearHolding(bounds[0]);
        long before = year.openUntil(bounds[0]);
        for (int i = 0; i < count; i++) {
            long t = bounds[i + 1];
            long open;
            if (t < year.yearEnd) {
                open = year.openUntil(t);
                out[i] = open - before;
            } else {
                YearPeriods last = yearHolding(t);
                open = last.openUntil(t);
                out[i] = year.total() - before + wholeYears(year.index + 1, last.index) + open;
                year = last;
            }
            before = open;
        }
    }

    /** The instant {@code d} of open time after {@code t}; see the class comment. */
    public Instant add(Instant t, Duration d) {
        return Instant.ofEpochMilli(addMillis(t.toEpochMilli(), d.toMillis()));
    }

    /** {@link #add(Instant, Duration)} on epoch milliseconds, without allocating. */
    public long addMillis(long t, long d) {
        if (d < 0) {
            return subtractMillis(t, -d);
        }
        if (d == 0) {
            return isOpenMillis(t) || endsPeriod(t) ? t : nextOpenMillis(t);
        }
        YearPeriods year = yearHolding(t);
        int y = year.index;
        int from = year.lastStartingAtOrBefore(t);
        long open = year.openUntil(t, from) + d;
        while (open > year.total()) {
            open -= year.total();
            y = nextYear(y, t, d);
            year = year(y);
            from = 0;
        }
        return year.earliestReaching(open, from);
    }

    /** The instant {@code d} of open time before {@code t}; see the class comment. */
    public Instant subtract(Instant t, Duration d) {
        return Instant.ofEpochMilli(subtractMillis(t.toEpochMilli(), d.toMillis()));
    }

    /** {@link #subtract(Instant, Duration)} on epoch milliseconds. */
    public long subtractMillis(long t, long d) {
        if (d < 0) {
            return addMillis(t, -d);
        }
        if (d == 0) {
            return isOpenMillis(t) ? t : previousCloseMillis(t);
        }
        int y = UtcYears.indexOf(t);
        long open = year(y).openUntil(t) - d;
        while (open < 0) {
            y = previousYear(y, t, d);
            open += year(y).total();
        }
        return year(y).latestAt(open);
    }

    /** n business days after t at the same local time, moved to the next opening when closed. */
    public Instant addDays(Instant t, int n) {
        if (n < 0) {
            return subtractDays(t, -n);
        }
        Instant moved = shiftDays(t, n, 1);
        return Instant.ofEpochMilli(nextOpenMillis(moved.toEpochMilli()));
    }

    /** n business days before t at the same local time, moved to the previous close when closed. */
    public Instant subtractDays(Instant t, int n) {
        if (n < 0) {
            return addDays(t, -n);
        }
        long moved = shiftDays(t, n, -1).toEpochMilli();
        return Instant.ofEpochMilli(isOpenMillis(moved) ? moved : previousCloseMillis(moved));
    }

    /** True when t lies in an open period {@code [start, end)}. */
    public boolean isOpen(Instant t) {
        return isOpenMillis(t.toEpochMilli());
    }

    /** {@link #isOpen(Instant)} on epoch milliseconds. */
    public boolean isOpenMillis(long t) {
        return yearHolding(t).isOpen(t);
    }

    /** t when open, else the start of the next open period. */
    public Instant nextOpen(Instant t) {
        return Instant.ofEpochMilli(nextOpenMillis(t.toEpochMilli()));
    }

    /** {@link #nextOpen(Instant)} on epoch milliseconds. */
    public long nextOpenMillis(long t) {
        int y = UtcYears.indexOf(t);
        YearPeriods year = year(y);
        int i = year.lastStartingAtOrBefore(t);
        if (i >= 0 && t < year.ends[i]) {
            return t;
        }
        while (i + 1 >= year.size()) {
            y = nextYear(y, t, NO_OPENING);
            year = year(y);
            i = -1;
        }
        return year.starts[i + 1];
    }

    /** The end of the open period t is in, or when t is closed, of the next open period. */
    public Instant nextClose(Instant t) {
        long open = nextOpenMillis(t.toEpochMilli());
        int y = UtcYears.indexOf(open);
        YearPeriods year = year(y);
        long end = year.ends[year.lastStartingAtOrBefore(open)];
        while (end == year.yearEnd && y + 1 < UtcYears.COUNT && year(y + 1).size() > 0
                && year(y + 1).starts[0] == end) {
            y++;
            year = year(y);
            end = year.ends[0];
        }
        return Instant.ofEpochMilli(end);
    }

    /** The latest end of an open period at or before t. */
    public Instant previousClose(Instant t) {
        return Instant.ofEpochMilli(previousCloseMillis(t.toEpochMilli()));
    }

    /** {@link #previousClose(Instant)} on epoch milliseconds. */
    public long previousCloseMillis(long t) {
        int y = UtcYears.indexOf(t);
        YearPeriods year = year(y);
        int i = year.lastEndingAtOrBefore(t);
        while (i < 0 || continuesIntoNextYear(y, i)) {
            if (i > 0) {
                i--;
                continue;
            }
            y = previousYear(y, t, NO_CLOSE);
            year = year(y);
            i = year.size() - 1;
        }
        return year.ends[i];
    }

    /** True when an open period ends exactly at t (and t is therefore closed). */
    private boolean endsPeriod(long t) {
        int y = UtcYears.indexOf(t);
        YearPeriods year = year(y);
        if (year.isOpen(t)) {
            return false;
        }
        int i = year.lastEndingAtOrBefore(t);
        if (i >= 0) {
            return year.ends[i] == t;
        }
        return t == year.yearStart && y > 0 && year(y - 1).size() > 0
                && year(y - 1).ends[year(y - 1).size() - 1] == t;
    }

    private boolean continuesIntoNextYear(int y, int i) {
        YearPeriods year = year(y);
        return i >= 0 && i == year.size() - 1 && year.ends[i] == year.yearEnd && y + 1 < UtcYears.COUNT
                && year(y + 1).size() > 0 && year(y + 1).starts[0] == year.yearEnd;
    }

    private Instant shiftDays(Instant t, int n, int step) {
        // The same date and time is t itself, even in the second showing of a repeated hour.
        return n == 0 ? t : expansion.sameTimeBusinessDaysAway(t, zoneAt(t), n, step);
    }

    private long wholeYears(int fromIndex, int toIndexExclusive) {
        if (toIndexExclusive - fromIndex <= 2) {
            long sum = 0;
            for (int y = fromIndex; y < toIndexExclusive; y++) {
                sum += year(y).total();
            }
            return sum;
        }
        YearPrefix prefix = yearPrefix;
        if (prefix == null || !prefix.covers(fromIndex, toIndexExclusive)) {
            prefix = YearPrefix.covering(prefix, fromIndex, toIndexExclusive, this::year);
            yearPrefix = prefix;
        }
        return prefix.sum(fromIndex, toIndexExclusive);
    }

    /** {@code what} is an amount of open time in milliseconds, or NO_OPENING / NO_CLOSE. */
    private int nextYear(int y, long t, long what) {
        if (y + 1 >= UtcYears.COUNT) {
            throw new DateTimeException("The calendar has " + missing(what) + " after " + Instant.ofEpochMilli(t)
                    + " within the supported range (to " + (UtcYears.END - 1) + ")");
        }
        return y + 1;
    }

    private int previousYear(int y, long t, long what) {
        if (y == 0) {
            throw new DateTimeException("The calendar has " + missing(what) + " before " + Instant.ofEpochMilli(t)
                    + " within the supported range (from " + UtcYears.FIRST + ")");
        }
        return y - 1;
    }

    private static String missing(long what) {
        if (what == NO_OPENING) {
            return "no opening";
        }
        return what == NO_CLOSE ? "no close (an open period that ends)" : "no " + Duration.ofMillis(what) + " of open time";
    }

    /** The year holding {@code t}. */
    private YearPeriods yearHolding(long t) {
        YearPeriods last = lastYear;
        if (last != null && t >= last.yearStart && t < last.yearEnd) {
            return last;
        }
        YearPeriods year = year(UtcYears.indexOf(t));
        lastYear = year;
        return year;
    }

    private YearPeriods year(int index) {
        YearPeriods year = years[index];
        if (year == null) {
            year = expansion.expand(index);
            years[index] = year;
        }
        return year;
    }
}
