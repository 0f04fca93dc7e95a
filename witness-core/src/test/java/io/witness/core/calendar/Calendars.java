package io.witness.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Business calendars for tests, named for who keeps such hours. */
final class Calendars {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");

    static final List<DayOfWeek> WEEKDAYS = List.of(
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private Calendars() {
    }

    /** Open around the clock in UTC. */
    static BusinessCalendar always() {
        return BusinessCalendar.always();
    }

    /** Open around the clock, every day, in a zone (which must make no difference to open time). */
    static BusinessCalendar allDayIn(ZoneId zone) {
        return BusinessCalendar.of(List.of(CalendarVersion.of(zone, WeeklyHours.always())));
    }

    /** Monday to Friday 09:00–17:00 in New York, no holidays. */
    static BusinessCalendar nineToFiveNewYork() {
        return nineToFiveIn(NEW_YORK);
    }

    /** Monday to Friday 09:00–17:00 in a zone, no holidays. */
    static BusinessCalendar nineToFiveIn(ZoneId zone) {
        return BusinessCalendar.of(List.of(CalendarVersion.of(zone, weekdays("09:00-17:00"))));
    }

    /** Monday to Friday 09:00–17:00 in New York with the given holidays and extra days. */
    static BusinessCalendar nineToFiveNewYork(List<Holiday> holidays, List<ExtraDay> extraDays) {
        return BusinessCalendar.of(List.of(
                new CalendarVersion(Optional.empty(), NEW_YORK, weekdays("09:00-17:00"), holidays, extraDays)));
    }

    /** Monday to Friday 09:00–12:00 and 13:00–17:00 in Berlin. */
    static BusinessCalendar lunchBreakBerlin() {
        return BusinessCalendar.of(List.of(CalendarVersion.of(BERLIN,
                WeeklyHours.of(WEEKDAYS, List.of(OpenHours.parse("09:00-12:00"), OpenHours.parse("13:00-17:00"))))));
    }

    /** A night desk in Sydney: every night 22:00 to 06:00 the next morning. */
    static BusinessCalendar overnightSydney() {
        return nightsIn(SYDNEY);
    }

    /** Every night 22:00 to 06:00 the next morning, in a zone. */
    static BusinessCalendar nightsIn(ZoneId zone) {
        return BusinessCalendar.of(List.of(CalendarVersion.of(zone,
                WeeklyHours.of(List.of(DayOfWeek.values()), List.of(OpenHours.parse("22:00-06:00"))))));
    }

    /** Every day 00:00–06:00 in a zone: the hours a DST change falls in. */
    static BusinessCalendar earlyMorningsIn(ZoneId zone) {
        return BusinessCalendar.of(List.of(CalendarVersion.of(zone,
                WeeklyHours.of(List.of(DayOfWeek.values()), List.of(OpenHours.parse("00:00-06:00"))))));
    }

    /** A weekend maintenance window written as two touching periods: Saturday 22:00–24:00, Sunday 00:00–06:00. */
    static BusinessCalendar weekendMaintenanceIn(ZoneId zone) {
        WeeklyHours week = new WeeklyHours(Map.of(
                DayOfWeek.SATURDAY, List.of(OpenHours.parse("22:00-24:00")),
                DayOfWeek.SUNDAY, List.of(OpenHours.parse("00:00-06:00"))));
        return BusinessCalendar.of(List.of(CalendarVersion.of(zone, week)));
    }

    /** Monday to Friday 09:00–17:00 in New York, closed on the US federal holidays, written as rules. */
    static BusinessCalendar usHolidaysNewYork() {
        return nineToFiveNewYork(usFederalHolidays(), List.of());
    }

    /**
     * The same as {@link #usHolidaysNewYork()}, but with each holiday of the given years written as a
     * date, the way many contracts list them; outside those years there are no holidays.
     */
    static BusinessCalendar usHolidaysNewYork(int... years) {
        List<HolidayRule> rules = usFederalHolidays().stream().map(Holiday::rule).toList();
        List<Holiday> dates = new ArrayList<>();
        for (int year : years) {
            for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
                LocalDate day = date;
                if (rules.stream().anyMatch(rule -> rule.fallsOn(day))) {
                    dates.add(Holiday.closed(new HolidayRule.OnDate(day)));
                }
            }
        }
        return nineToFiveNewYork(dates, List.of());
    }

    /**
     * Monday to Friday 09:00–17:00 in New York, open only 09:00–13:00 on each 24 December, closed from
     * 24 to 31 July (2024–2031), and open 10:00–14:00 on the first Sunday of each month.
     */
    static BusinessCalendar partialHolidaysAndExtraDaysNewYork() {
        List<Holiday> holidays = new ArrayList<>();
        List<ExtraDay> extraDays = new ArrayList<>();
        holidays.add(new Holiday(new HolidayRule.EveryYear(MonthDay.of(12, 24), false),
                List.of(OpenHours.parse("09:00-13:00"))));
        for (int year = 2024; year <= 2031; year++) {
            holidays.add(Holiday.closed(new HolidayRule.Between(LocalDate.of(year, 7, 24), LocalDate.of(year, 7, 31))));
            for (int month = 1; month <= 12; month++) {
                LocalDate sunday = LocalDate.of(year, month, 1)
                        .with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
                extraDays.add(new ExtraDay(sunday, List.of(OpenHours.parse("10:00-14:00"))));
            }
        }
        return nineToFiveNewYork(holidays, extraDays);
    }

    /** New York 09:00–17:00 until June 2026, 08:00–18:00 from 1 July 2026. */
    static BusinessCalendar longerHoursFromJuly2026() {
        return BusinessCalendar.of(List.of(
                CalendarVersion.of(NEW_YORK, weekdays("09:00-17:00")),
                new CalendarVersion(Optional.of(LocalDate.of(2026, 7, 1)), NEW_YORK, weekdays("08:00-18:00"),
                        List.of(), List.of())));
    }

    /** New York 09:00–17:00 until 2026, then London 09:00–17:00 from 1 January 2027. */
    static BusinessCalendar movesToLondonIn2027() {
        return BusinessCalendar.of(List.of(
                CalendarVersion.of(NEW_YORK, weekdays("09:00-17:00")),
                new CalendarVersion(Optional.of(LocalDate.of(2027, 1, 1)), LONDON, weekdays("09:00-17:00"),
                        List.of(), List.of())));
    }

    /** Monday to Friday with the same hours each day. */
    static WeeklyHours weekdays(String hours) {
        return WeeklyHours.of(WEEKDAYS, List.of(OpenHours.parse(hours)));
    }

    private static List<Holiday> usFederalHolidays() {
        return List.of(
                Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(1, 1), true)),
                Holiday.closed(new HolidayRule.NthWeekday(Month.JANUARY, DayOfWeek.MONDAY, 3)),
                Holiday.closed(new HolidayRule.NthWeekday(Month.FEBRUARY, DayOfWeek.MONDAY, 3)),
                Holiday.closed(new HolidayRule.NthWeekday(Month.MAY, DayOfWeek.MONDAY, -1)),
                Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(6, 19), true)),
                Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(7, 4), true)),
                Holiday.closed(new HolidayRule.NthWeekday(Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
                Holiday.closed(new HolidayRule.NthWeekday(Month.OCTOBER, DayOfWeek.MONDAY, 2)),
                Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(11, 11), true)),
                Holiday.closed(new HolidayRule.NthWeekday(Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
                Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(12, 25), true)));
    }
}
