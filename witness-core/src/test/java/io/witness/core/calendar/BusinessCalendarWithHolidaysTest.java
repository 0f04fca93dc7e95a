package io.witness.core.calendar;

import static io.witness.core.calendar.BusinessCalendarTest.at;
import static io.witness.core.calendar.Calendars.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holidays and extra days on 09:00–17:00 weekdays in New York. */
class BusinessCalendarWithHolidaysTest {

    private final BusinessCalendar us = Calendars.usHolidaysNewYork();

    @Test
    void skipsAWholeDayHoliday() {
        // Christmas 2026 is a Friday.
        Instant thursday1600 = at("2026-12-24T16:00", NEW_YORK);

        assertThat(us.isOpen(at("2026-12-25T12:00", NEW_YORK))).isFalse();
        assertThat(us.add(thursday1600, Duration.ofHours(2))).isEqualTo(at("2026-12-28T10:00", NEW_YORK));
        assertThat(us.between(thursday1600, at("2026-12-28T10:00", NEW_YORK))).isEqualTo(Duration.ofHours(2));
        assertThat(us.nextOpen(at("2026-12-24T17:00", NEW_YORK))).isEqualTo(at("2026-12-28T09:00", NEW_YORK));
    }

    @Test
    void opensOnlyTheHoursOfAPartialHoliday() {
        BusinessCalendar calendar = Calendars.nineToFiveNewYork(List.of(new Holiday(
                new HolidayRule.OnDate(LocalDate.of(2026, 12, 24)), List.of(OpenHours.parse("09:00-13:00")))), List.of());

        assertThat(calendar.between(at("2026-12-24T00:00", NEW_YORK), at("2026-12-25T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(4));
        assertThat(calendar.nextClose(at("2026-12-24T10:00", NEW_YORK))).isEqualTo(at("2026-12-24T13:00", NEW_YORK));
        assertThat(calendar.add(at("2026-12-24T12:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2026-12-25T10:00", NEW_YORK));
    }

    @Test
    void fallsEveryYearOnTheSameDate() {
        BusinessCalendar calendar = Calendars.nineToFiveNewYork(
                List.of(Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(12, 26), false))), List.of());

        assertThat(calendar.isOpen(at("2028-12-26T12:00", NEW_YORK))).isFalse();
        assertThat(calendar.isOpen(at("2028-12-27T12:00", NEW_YORK))).isTrue();
        // 26 December 2027 is a Sunday: without "observed" the Monday stays open.
        assertThat(calendar.isOpen(at("2027-12-27T12:00", NEW_YORK))).isTrue();
    }

    @Test
    void changesNothingForAHolidayOnAWeekendUnlessObserved() {
        // 4 July 2026 is a Saturday.
        BusinessCalendar plain = Calendars.nineToFiveNewYork(
                List.of(Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(7, 4), false))), List.of());
        Instant monday = at("2026-06-29T00:00", NEW_YORK);
        Instant nextMonday = at("2026-07-06T00:00", NEW_YORK);

        assertThat(plain.between(monday, nextMonday)).isEqualTo(Duration.ofHours(40));
        assertThat(us.between(monday, nextMonday)).isEqualTo(Duration.ofHours(32));
    }

    @Test
    void takesAnObservedHolidayOnTheFridayBeforeASaturdayAndTheMondayAfterASunday() {
        assertThat(us.isOpen(at("2026-07-03T12:00", NEW_YORK))).isFalse(); // 4 July 2026 is a Saturday
        assertThat(us.isOpen(at("2027-07-05T12:00", NEW_YORK))).isFalse(); // 4 July 2027 is a Sunday
        assertThat(us.isOpen(at("2027-07-02T12:00", NEW_YORK))).isTrue();
    }

    @Test
    void takesNewYearsDayOnASaturdayOnTheLastFridayOfTheYearBefore() {
        // 1 January 2028 is a Saturday.
        assertThat(us.isOpen(at("2027-12-31T12:00", NEW_YORK))).isFalse();
        assertThat(us.add(at("2027-12-30T16:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2028-01-03T10:00", NEW_YORK));
    }

    @Test
    void closesEveryDateOfARangeBothEndsIncluded() {
        BusinessCalendar calendar = Calendars.nineToFiveNewYork(List.of(Holiday.closed(
                new HolidayRule.Between(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 31)))), List.of());

        assertThat(calendar.between(at("2026-07-17T09:00", NEW_YORK), at("2026-08-03T17:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(16));
        assertThat(calendar.nextOpen(at("2026-07-17T17:00", NEW_YORK))).isEqualTo(at("2026-08-03T09:00", NEW_YORK));
    }

    @Test
    void closesOnTheNthAndLastWeekdayOfAMonth() {
        assertThat(us.isOpen(at("2026-11-26T12:00", NEW_YORK))).isFalse(); // Thanksgiving, 4th Thursday
        assertThat(us.isOpen(at("2026-11-19T12:00", NEW_YORK))).isTrue();
        assertThat(us.isOpen(at("2026-05-25T12:00", NEW_YORK))).isFalse(); // Memorial Day, last Monday
        assertThat(us.isOpen(at("2026-05-18T12:00", NEW_YORK))).isTrue();
    }

    @Test
    void opensAnExtraDayThatIsNormallyClosed() {
        BusinessCalendar calendar = Calendars.nineToFiveNewYork(List.of(), List.of(
                new ExtraDay(LocalDate.of(2026, 12, 27), List.of(OpenHours.parse("10:00-14:00")))));

        assertThat(calendar.isOpen(at("2026-12-27T11:00", NEW_YORK))).isTrue();
        assertThat(calendar.between(at("2026-12-26T00:00", NEW_YORK), at("2026-12-28T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(4));
        assertThat(calendar.add(at("2026-12-25T16:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2026-12-27T11:00", NEW_YORK));
    }

    @Test
    void letsAnExtraDayOverruleAHolidayOnTheSameDate() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        BusinessCalendar calendar = Calendars.nineToFiveNewYork(
                List.of(Holiday.closed(new HolidayRule.OnDate(christmas))),
                List.of(new ExtraDay(christmas, List.of(OpenHours.parse("10:00-12:00")))));

        assertThat(calendar.between(at("2026-12-25T00:00", NEW_YORK), at("2026-12-26T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void countsTheSameWhetherHolidaysAreWrittenAsRulesOrAsDates() {
        BusinessCalendar dates = Calendars.usHolidaysNewYork(2026, 2027, 2028);
        Instant start = at("2026-01-01T00:00", NEW_YORK);
        Instant end = at("2029-01-01T00:00", NEW_YORK);

        assertThat(dates.between(start, end)).isEqualTo(us.between(start, end));
        // 3 years of weekdays less 33 holidays (in 2027 New Year's Day 2028 is observed on 31 December).
        assertThat(us.between(start, end)).isEqualTo(Duration.ofHours(8L * (weekdays(start, end) - 33)));
    }

    @Test
    void movesBusinessDaysOverAHoliday() {
        assertThat(us.addDays(at("2026-12-24T10:00", NEW_YORK), 1)).isEqualTo(at("2026-12-28T10:00", NEW_YORK));
        assertThat(us.subtractDays(at("2026-12-28T10:00", NEW_YORK), 1)).isEqualTo(at("2026-12-24T10:00", NEW_YORK));
    }

    private static long weekdays(Instant start, Instant end) {
        long count = 0;
        for (LocalDate date = LocalDate.ofInstant(start, NEW_YORK); date.isBefore(LocalDate.ofInstant(end, NEW_YORK));
                date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() <= 5) {
                count++;
            }
        }
        return count;
    }
}
