package io.witness.core.calendar;

import static io.witness.core.calendar.BusinessCalendarTest.at;
import static io.witness.core.calendar.Calendars.BERLIN;
import static io.witness.core.calendar.Calendars.NEW_YORK;
import static io.witness.core.calendar.Calendars.SYDNEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Open time is real elapsed time: on the day the clocks change a period is as long as it really was.
 * New York changes on 2026-03-08 (forward) and 2026-11-01 (back), Berlin on 2026-03-29 and 2026-10-25,
 * Sydney on 2026-04-05 (back) and 2026-10-04 (forward); all Sundays.
 */
class BusinessCalendarOverDstChangesTest {

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(NEW_YORK, LocalDate.of(2026, 3, 8), Duration.ofHours(5)),
                Arguments.of(NEW_YORK, LocalDate.of(2026, 11, 1), Duration.ofHours(7)),
                Arguments.of(BERLIN, LocalDate.of(2026, 3, 29), Duration.ofHours(5)),
                Arguments.of(BERLIN, LocalDate.of(2026, 10, 25), Duration.ofHours(7)),
                Arguments.of(SYDNEY, LocalDate.of(2026, 4, 5), Duration.ofHours(7)),
                Arguments.of(SYDNEY, LocalDate.of(2026, 10, 4), Duration.ofHours(5)),
                Arguments.of(NEW_YORK, LocalDate.of(2026, 3, 1), Duration.ofHours(6)));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void countsAnEarlyMorningPeriodAsTheRealHoursOfTheDay(ZoneId zone, LocalDate day, Duration expected) {
        BusinessCalendar calendar = Calendars.earlyMorningsIn(zone);
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.atTime(6, 0).atZone(zone).toInstant();

        assertThat(calendar.between(start.minus(Duration.ofHours(12)), end.plus(Duration.ofHours(12))))
                .isEqualTo(expected);
        assertThat(calendar.nextClose(start)).isEqualTo(end);
        assertThat(calendar.add(start, expected)).isEqualTo(end);
        assertThat(calendar.subtract(end, expected)).isEqualTo(start);
    }

    @ParameterizedTest
    @MethodSource("changes")
    void countsNineToFiveAsEightHoursOnAnyDay(ZoneId zone, LocalDate day, Duration ignored) {
        BusinessCalendar calendar = BusinessCalendar.of(List.of(CalendarVersion.of(zone, WeeklyHours.of(
                List.of(DayOfWeek.values()), List.of(OpenHours.parse("09:00-17:00"))))));

        assertThat(calendar.between(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void countsANightOverTheChangeAsItsRealLength() {
        BusinessCalendar nights = Calendars.overnightSydney();

        assertThat(nights.between(at("2026-04-04T12:00", SYDNEY), at("2026-04-05T12:00", SYDNEY)))
                .isEqualTo(Duration.ofHours(9));
        assertThat(nights.between(at("2026-10-03T12:00", SYDNEY), at("2026-10-04T12:00", SYDNEY)))
                .isEqualTo(Duration.ofHours(7));
        assertThat(nights.nextClose(at("2026-10-03T23:00", SYDNEY))).isEqualTo(at("2026-10-04T06:00", SYDNEY));
    }

    @Test
    void keepsAWindowWrittenAsTwoTouchingPeriodsWholeOverTheChange() {
        BusinessCalendar window = Calendars.weekendMaintenanceIn(NEW_YORK);

        assertThat(window.between(at("2026-03-07T00:00", NEW_YORK), at("2026-03-09T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(7));
        assertThat(window.between(at("2026-10-31T00:00", NEW_YORK), at("2026-11-02T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(9));
        assertThat(window.nextClose(at("2026-10-31T23:00", NEW_YORK))).isEqualTo(at("2026-11-01T06:00", NEW_YORK));
    }

    @Test
    void startsAPeriodWhoseStartTheClockSkippedAtTheJump() {
        // 02:30 did not happen in New York on 2026-03-08: the clock jumped from 02:00 EST to 03:00 EDT.
        BusinessCalendar calendar = BusinessCalendar.of(List.of(CalendarVersion.of(NEW_YORK, WeeklyHours.of(
                List.of(DayOfWeek.SUNDAY), List.of(OpenHours.parse("02:30-04:00"))))));
        Instant jump = OffsetDateTime.parse("2026-03-08T03:00-04:00").toInstant();

        assertThat(calendar.nextOpen(at("2026-03-08T00:00", NEW_YORK))).isEqualTo(jump);
        assertThat(calendar.between(at("2026-03-08T00:00", NEW_YORK), at("2026-03-08T12:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void coversBothShowingsOfARepeatedHour() {
        // On 2026-11-01 New York showed 01:00-02:00 twice, first in EDT (-04:00), then in EST (-05:00).
        BusinessCalendar startsInIt = BusinessCalendar.of(List.of(CalendarVersion.of(NEW_YORK, WeeklyHours.of(
                List.of(DayOfWeek.SUNDAY), List.of(OpenHours.parse("01:30-03:00"))))));
        BusinessCalendar endsInIt = BusinessCalendar.of(List.of(CalendarVersion.of(NEW_YORK, WeeklyHours.of(
                List.of(DayOfWeek.SUNDAY), List.of(OpenHours.parse("00:00-01:30"))))));

        assertThat(startsInIt.nextOpen(at("2026-11-01T00:00", NEW_YORK)))
                .isEqualTo(OffsetDateTime.parse("2026-11-01T01:30-04:00").toInstant());
        assertThat(startsInIt.between(at("2026-11-01T00:00", NEW_YORK), at("2026-11-01T12:00", NEW_YORK)))
                .isEqualTo(Duration.ofMinutes(150));
        assertThat(endsInIt.nextClose(at("2026-11-01T00:00", NEW_YORK)))
                .isEqualTo(OffsetDateTime.parse("2026-11-01T01:30-05:00").toInstant());
        assertThat(endsInIt.between(at("2026-11-01T00:00", NEW_YORK), at("2026-11-01T12:00", NEW_YORK)))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void addsOverAWeekendWithAChangeAsIfNothingHappened() {
        BusinessCalendar nineToFive = Calendars.nineToFiveNewYork();

        assertThat(nineToFive.add(at("2026-03-06T16:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-09T10:00", NEW_YORK));
        assertThat(nineToFive.subtract(at("2026-11-02T10:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2026-10-30T16:00", NEW_YORK));
        assertThat(nineToFive.between(at("2026-03-06T16:00", NEW_YORK), at("2026-03-09T10:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void addsNoBusinessDaysInTheSecondShowingOfARepeatedHourWithoutGoingBack() {
        // Sydney showed 02:00-03:00 twice on 2026-04-05; 16:30Z is 02:30 the second time (+10:00), inside a night.
        BusinessCalendar nights = Calendars.overnightSydney();
        Instant secondShowing = OffsetDateTime.parse("2026-04-05T02:30+10:00").toInstant();

        assertThat(nights.isOpen(secondShowing)).isTrue();
        assertThat(nights.addDays(secondShowing, 0)).isEqualTo(secondShowing);
    }

    @Test
    void keepsTheLocalTimeOfDayWhenAddingDaysOverAChange() {
        BusinessCalendar nineToFive = Calendars.nineToFiveNewYork();

        assertThat(nineToFive.addDays(at("2026-03-06T10:00", NEW_YORK), 1)).isEqualTo(at("2026-03-09T10:00", NEW_YORK));
        assertThat(nineToFive.subtractDays(at("2026-11-02T10:00", NEW_YORK), 1))
                .isEqualTo(at("2026-10-30T10:00", NEW_YORK));
        assertThat(Calendars.lunchBreakBerlin().addDays(at("2026-03-27T15:00", BERLIN), 1))
                .isEqualTo(at("2026-03-30T15:00", BERLIN));
    }
}
