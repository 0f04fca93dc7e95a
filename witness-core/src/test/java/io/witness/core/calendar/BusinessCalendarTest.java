package io.witness.core.calendar;

import static io.witness.core.calendar.Calendars.BERLIN;
import static io.witness.core.calendar.Calendars.NEW_YORK;
import static io.witness.core.calendar.Calendars.SYDNEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The semantics of the class comment, on 09:00–17:00 weekdays in New York unless a test says otherwise. */
class BusinessCalendarTest {

    // The week of Monday 2 February 2026: no DST change, no holiday.
    private static final Instant THURSDAY_17_00 = at("2026-02-05T17:00", NEW_YORK);
    private static final Instant FRIDAY_10_00 = at("2026-02-06T10:00", NEW_YORK);
    private static final Instant FRIDAY_16_00 = at("2026-02-06T16:00", NEW_YORK);
    private static final Instant FRIDAY_17_00 = at("2026-02-06T17:00", NEW_YORK);
    private static final Instant SATURDAY_12_00 = at("2026-02-07T12:00", NEW_YORK);
    private static final Instant MONDAY_09_00 = at("2026-02-09T09:00", NEW_YORK);
    private static final Instant MONDAY_10_00 = at("2026-02-09T10:00", NEW_YORK);
    private static final Instant MONDAY_17_00 = at("2026-02-09T17:00", NEW_YORK);

    private final BusinessCalendar nineToFive = Calendars.nineToFiveNewYork();

    @Test
    void addsOneHourFromFriday1600ToTheFridayClose() {
        assertThat(nineToFive.add(FRIDAY_16_00, Duration.ofHours(1))).isEqualTo(FRIDAY_17_00);
    }

    @Test
    void addsTwoHoursFromFriday1600ToMonday1000() {
        assertThat(nineToFive.add(FRIDAY_16_00, Duration.ofHours(2))).isEqualTo(MONDAY_10_00);
    }

    @Test
    void addsZeroFromSaturdayToTheMondayOpening() {
        assertThat(nineToFive.add(SATURDAY_12_00, Duration.ZERO)).isEqualTo(MONDAY_09_00);
    }

    @Test
    void addsZeroAtAnOpenInstantOrAtACloseToTheSameInstant() {
        assertThat(nineToFive.add(FRIDAY_16_00, Duration.ZERO)).isEqualTo(FRIDAY_16_00);
        assertThat(nineToFive.add(FRIDAY_17_00, Duration.ZERO)).isEqualTo(FRIDAY_17_00);
    }

    @Test
    void subtractsZeroFromSaturdayToTheFridayClose() {
        assertThat(nineToFive.subtract(SATURDAY_12_00, Duration.ZERO)).isEqualTo(FRIDAY_17_00);
    }

    @Test
    void subtractsToTheLatestInstantThatIsOpen() {
        assertThat(nineToFive.subtract(MONDAY_10_00, Duration.ofHours(1))).isEqualTo(MONDAY_09_00);
        assertThat(nineToFive.subtract(MONDAY_10_00, Duration.ofHours(2))).isEqualTo(FRIDAY_16_00);
        assertThat(nineToFive.subtract(FRIDAY_17_00, Duration.ofHours(1))).isEqualTo(FRIDAY_16_00);
        assertThat(nineToFive.subtract(FRIDAY_17_00, Duration.ZERO)).isEqualTo(FRIDAY_17_00);
    }

    @Test
    void addsANegativeDurationBySubtracting() {
        assertThat(nineToFive.add(MONDAY_10_00, Duration.ofHours(-2))).isEqualTo(FRIDAY_16_00);
        assertThat(nineToFive.subtract(FRIDAY_16_00, Duration.ofHours(-2))).isEqualTo(MONDAY_10_00);
    }

    @Test
    void countsOnlyOpenTimeAcrossAWeekend() {
        assertThat(nineToFive.between(FRIDAY_16_00, MONDAY_10_00)).isEqualTo(Duration.ofHours(2));
        assertThat(nineToFive.between(FRIDAY_17_00, MONDAY_09_00)).isZero();
        assertThat(nineToFive.between(at("2026-02-09T00:00", NEW_YORK), at("2026-02-16T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(40));
    }

    @Test
    void countsBackwardsAsNegative() {
        assertThat(nineToFive.between(MONDAY_10_00, FRIDAY_16_00)).isEqualTo(Duration.ofHours(-2));
        assertThat(nineToFive.between(FRIDAY_16_00, FRIDAY_16_00)).isZero();
    }

    @Test
    void dropsTheFinerPartsOfAnInstant() {
        Instant t = FRIDAY_10_00.plusNanos(999_999);

        assertThat(nineToFive.between(t, FRIDAY_10_00.plusMillis(2))).isEqualTo(Duration.ofMillis(2));
        assertThat(nineToFive.add(t, Duration.ofNanos(1_500_000))).isEqualTo(FRIDAY_10_00.plusMillis(1));
    }

    @Test
    void isOpenAtTheExactStartAndClosedAtTheExactEnd() {
        assertThat(nineToFive.isOpen(MONDAY_09_00)).isTrue();
        assertThat(nineToFive.isOpen(MONDAY_09_00.minusMillis(1))).isFalse();
        assertThat(nineToFive.isOpen(FRIDAY_17_00.minusMillis(1))).isTrue();
        assertThat(nineToFive.isOpen(FRIDAY_17_00)).isFalse();
        assertThat(nineToFive.isOpen(SATURDAY_12_00)).isFalse();
    }

    @Test
    void findsTheNextOpening() {
        assertThat(nineToFive.nextOpen(FRIDAY_16_00)).isEqualTo(FRIDAY_16_00);
        assertThat(nineToFive.nextOpen(FRIDAY_17_00)).isEqualTo(MONDAY_09_00);
        assertThat(nineToFive.nextOpen(SATURDAY_12_00)).isEqualTo(MONDAY_09_00);
        assertThat(nineToFive.nextOpen(MONDAY_09_00)).isEqualTo(MONDAY_09_00);
    }

    @Test
    void findsTheNextClose() {
        assertThat(nineToFive.nextClose(FRIDAY_10_00)).isEqualTo(FRIDAY_17_00);
        assertThat(nineToFive.nextClose(FRIDAY_17_00)).isEqualTo(MONDAY_17_00);
        assertThat(nineToFive.nextClose(SATURDAY_12_00)).isEqualTo(MONDAY_17_00);
    }

    @Test
    void findsThePreviousClose() {
        assertThat(nineToFive.previousClose(SATURDAY_12_00)).isEqualTo(FRIDAY_17_00);
        assertThat(nineToFive.previousClose(FRIDAY_17_00)).isEqualTo(FRIDAY_17_00);
        assertThat(nineToFive.previousClose(FRIDAY_16_00)).isEqualTo(THURSDAY_17_00);
        assertThat(nineToFive.previousClose(MONDAY_09_00)).isEqualTo(FRIDAY_17_00);
    }

    @Test
    void skipsALunchBreak() {
        BusinessCalendar berlin = Calendars.lunchBreakBerlin();
        Instant monday1130 = at("2026-02-09T11:30", BERLIN);

        assertThat(berlin.add(monday1130, Duration.ofHours(1))).isEqualTo(at("2026-02-09T13:30", BERLIN));
        assertThat(berlin.add(monday1130, Duration.ofMinutes(30))).isEqualTo(at("2026-02-09T12:00", BERLIN));
        assertThat(berlin.add(at("2026-02-09T12:30", BERLIN), Duration.ZERO)).isEqualTo(at("2026-02-09T13:00", BERLIN));
        assertThat(berlin.subtract(at("2026-02-09T13:30", BERLIN), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-02-09T13:00", BERLIN));
        assertThat(berlin.between(at("2026-02-09T11:00", BERLIN), at("2026-02-09T14:00", BERLIN)))
                .isEqualTo(Duration.ofHours(2));
        assertThat(berlin.isOpen(at("2026-02-09T12:00", BERLIN))).isFalse();
        assertThat(berlin.nextClose(at("2026-02-09T10:00", BERLIN))).isEqualTo(at("2026-02-09T12:00", BERLIN));
        assertThat(berlin.previousClose(at("2026-02-09T14:00", BERLIN))).isEqualTo(at("2026-02-09T12:00", BERLIN));
    }

    @Test
    void countsAnOvernightShiftAsOnePeriodIntoTheNextMorning() {
        BusinessCalendar nights = Calendars.overnightSydney();
        Instant monday2300 = at("2026-02-09T23:00", SYDNEY);

        assertThat(nights.isOpen(at("2026-02-10T05:59", SYDNEY))).isTrue();
        assertThat(nights.isOpen(at("2026-02-10T06:00", SYDNEY))).isFalse();
        assertThat(nights.add(monday2300, Duration.ofHours(8))).isEqualTo(at("2026-02-10T23:00", SYDNEY));
        assertThat(nights.between(at("2026-02-09T20:00", SYDNEY), at("2026-02-10T08:00", SYDNEY)))
                .isEqualTo(Duration.ofHours(8));
        assertThat(nights.nextClose(monday2300)).isEqualTo(at("2026-02-10T06:00", SYDNEY));
        assertThat(nights.nextOpen(at("2026-02-10T12:00", SYDNEY))).isEqualTo(at("2026-02-10T22:00", SYDNEY));
    }

    @Test
    void joinsAPeriodEndingAt2400WithTheNextDaysPeriodFrom0000() {
        BusinessCalendar window = Calendars.weekendMaintenanceIn(NEW_YORK);
        Instant saturday2300 = at("2026-02-07T23:00", NEW_YORK);
        Instant sundayMidnight = at("2026-02-08T00:00", NEW_YORK);

        assertThat(window.isOpen(sundayMidnight)).isTrue();
        assertThat(window.nextClose(saturday2300)).isEqualTo(at("2026-02-08T06:00", NEW_YORK));
        assertThat(window.add(saturday2300, Duration.ofHours(1))).isEqualTo(sundayMidnight);
        assertThat(window.add(saturday2300, Duration.ofHours(2))).isEqualTo(at("2026-02-08T01:00", NEW_YORK));
        assertThat(window.subtract(at("2026-02-08T01:00", NEW_YORK), Duration.ofHours(1))).isEqualTo(sundayMidnight);
        assertThat(window.previousClose(at("2026-02-08T03:00", NEW_YORK))).isEqualTo(at("2026-02-01T06:00", NEW_YORK));
        assertThat(window.nextOpen(at("2026-02-08T07:00", NEW_YORK))).isEqualTo(at("2026-02-14T22:00", NEW_YORK));
        assertThat(window.between(at("2026-02-07T00:00", NEW_YORK), at("2026-02-09T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void treatsMidnightBetweenTouchingPeriodsAsOpen() {
        BusinessCalendar window = Calendars.weekendMaintenanceIn(NEW_YORK);
        Instant sundayMidnight = at("2026-02-08T00:00", NEW_YORK);

        assertThat(window.add(sundayMidnight, Duration.ZERO)).isEqualTo(sundayMidnight);
        assertThat(window.subtract(sundayMidnight, Duration.ZERO)).isEqualTo(sundayMidnight);
    }

    @Test
    void refusesInstantsOutside1900To2399() {
        BusinessCalendar calendar = Calendars.always();
        Instant before = Instant.parse("1899-12-31T23:59:59.999Z");
        Instant after = Instant.parse("2400-01-01T00:00:00Z");

        assertThat(calendar.between(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2399-12-31T23:59:59.999Z")))
                .isEqualTo(Duration.between(Instant.parse("1900-01-01T00:00:00Z"),
                        Instant.parse("2399-12-31T23:59:59.999Z")));
        assertThatThrownBy(() -> calendar.isOpen(before)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.isOpen(after)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.between(before, FRIDAY_10_00)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.add(after, Duration.ZERO)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.nextOpen(after)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.previousClose(before)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void namesTheInstantOutsideTheRange() {
        assertThatThrownBy(() -> Calendars.always().isOpen(Instant.parse("2400-01-01T00:00:00Z")))
                .hasMessage("Instant 2400-01-01T00:00:00Z is outside the supported range 1900 to 2399");
    }

    @Test
    void addsPastTheEndOfTheRangeWithAnError() {
        assertThatThrownBy(() -> Calendars.always().add(Instant.parse("2399-12-31T23:00:00Z"), Duration.ofHours(2)))
                .isInstanceOf(DateTimeException.class);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Instant utc(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
    }
}
