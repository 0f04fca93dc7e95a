package io.witness.core.calendar;

import static io.witness.core.calendar.BusinessCalendarTest.at;
import static io.witness.core.calendar.BusinessCalendarTest.utc;
import static io.witness.core.calendar.Calendars.HONOLULU;
import static io.witness.core.calendar.Calendars.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Year ends, leap days, business days and spans of several years. */
class BusinessCalendarOverLongSpansTest {

    private final BusinessCalendar nineToFive = Calendars.nineToFiveNewYork();

    @Test
    void addsOverTheYearEnd() {
        assertThat(nineToFive.add(at("2026-12-31T16:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2027-01-01T10:00", NEW_YORK));
        assertThat(nineToFive.between(at("2026-12-31T16:00", NEW_YORK), at("2027-01-01T10:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(2));
        assertThat(Calendars.always().add(utc("2026-12-31T23:00"), Duration.ofHours(2))).isEqualTo(utc("2027-01-01T01:00"));
        assertThat(Calendars.always().subtract(utc("2027-01-01T00:00"), Duration.ofHours(1))).isEqualTo(utc("2026-12-31T23:00"));
    }

    @Test
    void keepsAPeriodOverTheUtcYearEndWhole() {
        // Honolulu 31 December 09:00-17:00 is 19:00 UTC to 03:00 UTC on 1 January.
        BusinessCalendar honolulu = Calendars.nineToFiveIn(HONOLULU);
        Instant dec31At1700 = at("2026-12-31T17:00", HONOLULU);

        assertThat(honolulu.nextClose(at("2026-12-31T10:00", HONOLULU))).isEqualTo(dec31At1700);
        assertThat(honolulu.isOpen(utc("2027-01-01T00:00"))).isTrue();
        assertThat(honolulu.add(at("2026-12-31T13:00", HONOLULU), Duration.ofHours(4))).isEqualTo(dec31At1700);
        assertThat(honolulu.add(at("2026-12-31T13:00", HONOLULU), Duration.ofHours(5)))
                .isEqualTo(at("2027-01-01T10:00", HONOLULU));
        assertThat(honolulu.previousClose(at("2027-01-01T08:00", HONOLULU))).isEqualTo(dec31At1700);
        assertThat(honolulu.previousClose(utc("2027-01-01T00:00"))).isEqualTo(at("2026-12-30T17:00", HONOLULU));
        assertThat(honolulu.subtract(at("2027-01-01T10:00", HONOLULU), Duration.ofHours(5)))
                .isEqualTo(at("2026-12-31T13:00", HONOLULU));
        assertThat(honolulu.between(utc("2026-12-31T23:00"), utc("2027-01-01T01:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void closesAtAPeriodEndingExactlyAtTheUtcYearEnd() {
        BusinessCalendar evenings = BusinessCalendar.of(List.of(CalendarVersion.of(ZoneOffset.UTC,
                WeeklyHours.of(List.of(DayOfWeek.values()), List.of(OpenHours.parse("20:00-24:00"))))));
        Instant newYear = utc("2027-01-01T00:00");

        assertThat(evenings.isOpen(newYear)).isFalse();
        assertThat(evenings.add(utc("2026-12-31T23:00"), Duration.ofHours(1))).isEqualTo(newYear);
        assertThat(evenings.add(newYear, Duration.ZERO)).isEqualTo(newYear);
        assertThat(evenings.subtract(utc("2027-01-01T05:00"), Duration.ZERO)).isEqualTo(newYear);
        assertThat(evenings.previousClose(utc("2027-01-01T05:00"))).isEqualTo(newYear);
        assertThat(evenings.nextClose(utc("2026-12-31T21:00"))).isEqualTo(newYear);
        assertThat(evenings.nextOpen(newYear)).isEqualTo(utc("2027-01-01T20:00"));
    }

    @Test
    void countsTheLeapDay() {
        assertThat(nineToFive.between(at("2028-02-28T09:00", NEW_YORK), at("2028-03-01T09:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(16));
        assertThat(Calendars.always().between(utc("2028-02-28T00:00"), utc("2028-03-01T00:00")))
                .isEqualTo(Duration.ofHours(48));
        assertThat(nineToFive.addDays(at("2028-02-28T11:00", NEW_YORK), 1)).isEqualTo(at("2028-02-29T11:00", NEW_YORK));
    }

    @Test
    void closesOnFebruary29OnlyInLeapYears() {
        BusinessCalendar calendar = Calendars.nineToFiveNewYork(
                List.of(Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(2, 29), false))), List.of());

        assertThat(calendar.isOpen(at("2028-02-29T12:00", NEW_YORK))).isFalse();
        assertThat(calendar.isOpen(at("2027-02-26T12:00", NEW_YORK))).isTrue();
        assertThat(calendar.isOpen(at("2027-03-01T12:00", NEW_YORK))).isTrue();
    }

    @Test
    void addsBusinessDaysAtTheSameLocalTime() {
        assertThat(nineToFive.addDays(at("2026-02-06T10:00", NEW_YORK), 1)).isEqualTo(at("2026-02-09T10:00", NEW_YORK));
        assertThat(nineToFive.addDays(at("2026-02-06T10:00", NEW_YORK), 5)).isEqualTo(at("2026-02-13T10:00", NEW_YORK));
        assertThat(nineToFive.addDays(at("2026-02-07T12:00", NEW_YORK), 1)).isEqualTo(at("2026-02-09T12:00", NEW_YORK));
    }

    @Test
    void movesBusinessDaysThatLandWhenClosedToTheNextOpening() {
        assertThat(nineToFive.addDays(at("2026-02-06T18:00", NEW_YORK), 1)).isEqualTo(at("2026-02-10T09:00", NEW_YORK));
        assertThat(nineToFive.addDays(at("2026-02-06T08:00", NEW_YORK), 1)).isEqualTo(at("2026-02-09T09:00", NEW_YORK));
        assertThat(nineToFive.addDays(at("2026-02-07T12:00", NEW_YORK), 0)).isEqualTo(at("2026-02-09T09:00", NEW_YORK));
        assertThat(Calendars.lunchBreakBerlin().addDays(at("2026-02-09T12:30", Calendars.BERLIN), 1))
                .isEqualTo(at("2026-02-10T13:00", Calendars.BERLIN));
    }

    @Test
    void subtractsBusinessDaysMovingToThePreviousCloseWhenClosed() {
        assertThat(nineToFive.subtractDays(at("2026-02-09T10:00", NEW_YORK), 1))
                .isEqualTo(at("2026-02-06T10:00", NEW_YORK));
        assertThat(nineToFive.subtractDays(at("2026-02-09T08:00", NEW_YORK), 1))
                .isEqualTo(at("2026-02-05T17:00", NEW_YORK));
        assertThat(nineToFive.subtractDays(at("2026-02-09T18:00", NEW_YORK), 1))
                .isEqualTo(at("2026-02-06T17:00", NEW_YORK));
        assertThat(nineToFive.addDays(at("2026-02-09T10:00", NEW_YORK), -1)).isEqualTo(at("2026-02-06T10:00", NEW_YORK));
    }

    @Test
    void addsThousandsOfBusinessDays() {
        Instant start = at("2026-01-05T10:00", NEW_YORK);
        LocalDate date = LocalDate.of(2026, 1, 5);
        for (int moved = 0; moved < 6000; ) {
            date = date.plusDays(1);
            moved += date.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }

        assertThat(nineToFive.addDays(start, 6000)).isEqualTo(at(date + "T10:00", NEW_YORK));
        assertThat(nineToFive.subtractDays(at(date + "T10:00", NEW_YORK), 6000)).isEqualTo(start);
    }

    @Test
    void equalsWallTimeAroundTheClockOverFiveYears() {
        Instant start = utc("2026-01-01T00:00");
        Instant end = utc("2031-01-01T00:00");

        assertThat(Calendars.always().between(start, end)).isEqualTo(Duration.between(start, end));
        assertThat(Calendars.always().add(start, Duration.between(start, end))).isEqualTo(end);
    }

    @Test
    void countsEightHoursForEachWeekdayOverFiveYears() {
        Instant start = at("2026-01-01T00:00", NEW_YORK);
        Instant end = at("2031-01-01T00:00", NEW_YORK);
        long weekdays = 0;
        for (LocalDate date = LocalDate.of(2026, 1, 1); date.getYear() < 2031; date = date.plusDays(1)) {
            weekdays += date.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }
        Duration expected = Duration.ofHours(8 * weekdays);

        assertThat(nineToFive.between(start, end)).isEqualTo(expected);
        assertThat(nineToFive.between(end, start)).isEqualTo(expected.negated());
        assertThat(nineToFive.add(start, expected)).isEqualTo(at("2030-12-31T17:00", NEW_YORK));
        assertThat(nineToFive.subtract(end, expected)).isEqualTo(at("2026-01-01T09:00", NEW_YORK));
    }
}
