package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.calendar.CalendarSamples.Named;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of business-time arithmetic, on calendars with DST zones, breaks, nights and versions. */
class BusinessCalendarProperties {

    private static final Duration MILLI = Duration.ofMillis(1);

    @Property
    void addThenBetweenGivesTheDuration(
            @ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        assertThat(c.calendar().between(t, c.calendar().add(t, d))).isEqualTo(d);
    }

    @Property
    void subtractThenBetweenGivesTheDuration(
            @ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        assertThat(c.calendar().between(c.calendar().subtract(t, d), t)).isEqualTo(d);
    }

    @Property
    void betweenIsAdditive(@ForAll("calendars") Named c,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant x) {
        BusinessCalendar calendar = c.calendar();
        assertThat(calendar.between(a, x)).isEqualTo(calendar.between(a, b).plus(calendar.between(b, x)));
    }

    @Property
    void betweenIsAntisymmetric(@ForAll("calendars") Named c, @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        assertThat(c.calendar().between(b, a)).isEqualTo(c.calendar().between(a, b).negated());
    }

    @Property
    void betweenIsMonotone(@ForAll("calendars") Named c,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant x) {
        Instant early = b.isBefore(x) ? b : x;
        Instant late = b.isBefore(x) ? x : b;
        assertThat(c.calendar().between(a, early)).isLessThanOrEqualTo(c.calendar().between(a, late));
    }

    @Property
    void betweenNeverExceedsWallTime(@ForAll("calendars") Named c, @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Instant early = a.isBefore(b) ? a : b;
        Instant late = a.isBefore(b) ? b : a;
        assertThat(c.calendar().between(early, late)).isBetween(Duration.ZERO, Duration.between(early, late));
    }

    @Property
    void allDayUtcCalendarEqualsWallClock(
            @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("durations") Duration d) {
        BusinessCalendar calendar = Calendars.always();
        assertThat(calendar.between(a, b)).isEqualTo(Duration.between(a, b));
        assertThat(calendar.add(a, d)).isEqualTo(a.plus(d));
        assertThat(calendar.subtract(a, d)).isEqualTo(a.minus(d));
    }

    @Property
    void allDayCalendarEqualsWallClockInAnyZone(
            @ForAll("allDay") Named c, @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        assertThat(c.calendar().between(a, b)).isEqualTo(Duration.between(a, b));
        assertThat(c.calendar().isOpen(a)).isTrue();
    }

    @Property
    void addIsMonotoneInDuration(@ForAll("calendars") Named c, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d, @ForAll("durations") Duration e) {
        Duration shorter = d.compareTo(e) <= 0 ? d : e;
        Duration longer = d.compareTo(e) <= 0 ? e : d;
        assertThat(c.calendar().add(t, shorter)).isBeforeOrEqualTo(c.calendar().add(t, longer));
    }

    @Property
    void addGivesOpenOrClosingInstant(
            @ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        Instant u = c.calendar().add(t, d);
        assertThat(u).isAfterOrEqualTo(t);
        assertThat(c.calendar().isOpen(u) || c.calendar().previousClose(u).equals(u)).as("open or closing at " + u).isTrue();
    }

    @Property
    void subtractGivesOpenOrClosingInstant(
            @ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        Instant u = c.calendar().subtract(t, d);
        assertThat(u).isBeforeOrEqualTo(t);
        assertThat(c.calendar().isOpen(u) || c.calendar().previousClose(u).equals(u)).as("open or closing at " + u).isTrue();
    }

    @Property
    void addIsEarliest(@ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        Assume.that(!d.isZero());
        Instant u = c.calendar().add(t, d);
        assertThat(c.calendar().between(t, u.minus(MILLI))).isLessThan(d);
    }

    @Property
    void subtractIsLatest(@ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        Assume.that(!d.isZero());
        Instant u = c.calendar().subtract(t, d);
        assertThat(c.calendar().between(u.plus(MILLI), t)).isLessThan(d);
    }

    @Property
    void addingZeroMovesOnlyOverClosedTime(@ForAll("calendars") Named c, @ForAll("instants") Instant t) {
        BusinessCalendar calendar = c.calendar();
        assertThat(calendar.between(t, calendar.add(t, Duration.ZERO))).isZero();
        assertThat(calendar.between(calendar.subtract(t, Duration.ZERO), t)).isZero();
    }

    @Property
    void nextOpenIsOpen(@ForAll("calendars") Named c, @ForAll("instants") Instant t) {
        BusinessCalendar calendar = c.calendar();
        Instant open = calendar.nextOpen(t);
        assertThat(calendar.isOpen(open)).isTrue();
        assertThat(open).isAfterOrEqualTo(t);
        assertThat(calendar.between(t, open)).isZero();
        assertThat(open.equals(t)).isEqualTo(calendar.isOpen(t));
    }

    @Property
    void nextCloseEndsTheOpenPeriodFromNextOpen(@ForAll("calendars") Named c, @ForAll("instants") Instant t) {
        Assume.that(c.closes());
        BusinessCalendar calendar = c.calendar();
        Instant open = calendar.nextOpen(t);
        Instant close = calendar.nextClose(t);
        assertThat(close).isAfter(open);
        assertThat(calendar.isOpen(close)).isFalse();
        assertThat(calendar.between(open, close)).isEqualTo(Duration.between(open, close));
    }

    @Property
    void previousCloseIsTheLatestEndAtOrBefore(@ForAll("calendars") Named c, @ForAll("instants") Instant t) {
        Assume.that(c.closes());
        BusinessCalendar calendar = c.calendar();
        Instant close = calendar.previousClose(t);
        assertThat(close).isBeforeOrEqualTo(t);
        assertThat(calendar.isOpen(close)).isFalse();
        assertThat(calendar.isOpen(close.minus(MILLI))).isTrue();
        if (calendar.isOpen(t)) {
            Instant periodStart = calendar.nextOpen(close);
            assertThat(periodStart).isBeforeOrEqualTo(t);
            assertThat(calendar.between(periodStart, t)).isEqualTo(Duration.between(periodStart, t));
        } else {
            assertThat(calendar.between(close, t)).isZero();
        }
    }

    @Property
    void isOpenMatchesBetweenOfOneMillisecond(@ForAll("calendars") Named c, @ForAll("instants") Instant t) {
        assertThat(c.calendar().isOpen(t)).isEqualTo(c.calendar().between(t, t.plus(MILLI)).equals(MILLI));
    }

    @Property
    void addDaysLandsOnOpenInstant(
            @ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("dayCounts") int n) {
        Instant u = c.calendar().addDays(t, n);
        assertThat(c.calendar().isOpen(u)).as("open at " + u).isTrue();
        assertThat(u).isAfterOrEqualTo(t);
    }

    @Property
    void addingNoBusinessDaysGivesNextOpen(@ForAll("calendars") Named c, @ForAll("nearChanges") Instant t) {
        assertThat(c.calendar().addDays(t, 0)).isEqualTo(c.calendar().nextOpen(t));
    }

    @Property
    void subtractDaysLandsOnOpenOrClosingInstant(
            @ForAll("calendars") Named c, @ForAll("instants") Instant t, @ForAll("dayCounts") int n) {
        Instant u = c.calendar().subtractDays(t, n);
        assertThat(c.calendar().isOpen(u) || c.calendar().previousClose(u).equals(u)).as("open or closing at " + u).isTrue();
        assertThat(u).isBeforeOrEqualTo(t);
    }

    @Provide
    Arbitrary<Named> calendars() {
        return CalendarSamples.calendars();
    }

    @Provide
    Arbitrary<Named> allDay() {
        return Arbitraries.of(CalendarSamples.ALL_DAY);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarSamples.instants();
    }

    @Provide
    Arbitrary<Instant> nearChanges() {
        return CalendarSamples.nearChanges();
    }

    @Provide
    Arbitrary<Integer> dayCounts() {
        return CalendarSamples.dayCounts();
    }

    @Provide
    Arbitrary<Duration> durations() {
        return CalendarSamples.durations();
    }
}
