package io.witness.core.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

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
 * Periods that touch (Saturday 22:00–24:00 and Sunday 00:00–06:00) are one period. A local start that
 * falls in a DST gap moves forward by the gap; in a repeated hour, a start takes the first occurrence
 * and an end the second, so a period covers every instant the wall clock showed a time inside it.
 *
 * <p>Cost: open periods are expanded one UTC year at a time, on first use, into sorted arrays with
 * prefix sums of open time, so {@code between} and {@code add} cost O(log n) whatever the span.
 * Supported instants are from 1900 to 2399; outside that a {@link DateTimeException} is thrown.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {

    private final List<CalendarVersion> versions;

    private BusinessCalendar(List<CalendarVersion> versions) {
        this.versions = versions;
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
        throw new UnsupportedOperationException("being written");
    }

    /** The versions in effect order. */
    public List<CalendarVersion> versions() {
        return versions;
    }

    /** The zone of the version in effect at {@code t}. */
    public ZoneId zoneAt(Instant t) {
        throw new UnsupportedOperationException("being written");
    }

    /** Open time inside {@code [a, b)}; negative when {@code b < a}. */
    public Duration between(Instant a, Instant b) {
        return Duration.ofMillis(betweenMillis(a.toEpochMilli(), b.toEpochMilli()));
    }

    /** {@link #between(Instant, Instant)} on epoch milliseconds, without allocating. */
    public long betweenMillis(long a, long b) {
        throw new UnsupportedOperationException("being written");
    }

    /** The instant {@code d} of open time after {@code t}; see the class comment. */
    public Instant add(Instant t, Duration d) {
        return Instant.ofEpochMilli(addMillis(t.toEpochMilli(), d.toMillis()));
    }

    /** {@link #add(Instant, Duration)} on epoch milliseconds, without allocating. */
    public long addMillis(long t, long d) {
        throw new UnsupportedOperationException("being written");
    }

    /** The instant {@code d} of open time before {@code t}; see the class comment. */
    public Instant subtract(Instant t, Duration d) {
        return Instant.ofEpochMilli(subtractMillis(t.toEpochMilli(), d.toMillis()));
    }

    /** {@link #subtract(Instant, Duration)} on epoch milliseconds. */
    public long subtractMillis(long t, long d) {
        throw new UnsupportedOperationException("being written");
    }

    /** n business days after t at the same local time, moved to the next opening when closed. */
    public Instant addDays(Instant t, int n) {
        throw new UnsupportedOperationException("being written");
    }

    /** n business days before t at the same local time, moved to the previous close when closed. */
    public Instant subtractDays(Instant t, int n) {
        throw new UnsupportedOperationException("being written");
    }

    public boolean isOpen(Instant t) {
        throw new UnsupportedOperationException("being written");
    }

    public Instant nextOpen(Instant t) {
        throw new UnsupportedOperationException("being written");
    }

    public Instant nextClose(Instant t) {
        throw new UnsupportedOperationException("being written");
    }

    public Instant previousClose(Instant t) {
        throw new UnsupportedOperationException("being written");
    }
}
