package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarYamlTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void readsTheWeekAndEveryKindOfHolidayAndExtraDay() {
        List<CalendarVersion> versions = CalendarYaml.parseVersions("""
                zone: America/New_York
                week:
                  mon: ["09:00-12:00", "13:00-17:00"]
                  sat: ["22:00-24:00"]
                  sun: ["00:00-06:00"]
                holidays:
                  - 2026-12-25
                  - { date: 2026-12-24, hours: ["09:00-13:00"] }
                  - { every_year: 12-26 }
                  - { every_year: 07-04, observed: true }
                  - { from: 2026-07-20, to: 2026-07-31 }
                  - { nth: 4, weekday: thu, month: 11 }
                  - { nth: -1, weekday: mon, month: 5 }
                extra_days:
                  - { date: 2026-12-27, hours: ["10:00-14:00"] }
                """, "calendar.yaml");

        Map<DayOfWeek, List<OpenHours>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, List.of(hours("09:00-12:00"), hours("13:00-17:00")));
        days.put(DayOfWeek.SATURDAY, List.of(hours("22:00-24:00")));
        days.put(DayOfWeek.SUNDAY, List.of(hours("00:00-06:00")));
        assertThat(versions).containsExactly(new CalendarVersion(Optional.empty(), NEW_YORK, new WeeklyHours(days),
                List.of(
                        Holiday.closed(new HolidayRule.OnDate(LocalDate.of(2026, 12, 25))),
                        new Holiday(new HolidayRule.OnDate(LocalDate.of(2026, 12, 24)), List.of(hours("09:00-13:00"))),
                        Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(12, 26), false)),
                        Holiday.closed(new HolidayRule.EveryYear(MonthDay.of(7, 4), true)),
                        Holiday.closed(new HolidayRule.Between(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 31))),
                        Holiday.closed(new HolidayRule.NthWeekday(Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
                        Holiday.closed(new HolidayRule.NthWeekday(Month.MAY, DayOfWeek.MONDAY, -1))),
                List.of(new ExtraDay(LocalDate.of(2026, 12, 27), List.of(hours("10:00-14:00"))))));
    }

    @Test
    void readsASingleStringAsOnePeriod() {
        assertThat(week("""
                zone: Europe/Berlin
                week: { tue: "08:00-16:00" }
                """)).isEqualTo(WeeklyHours.of(List.of(DayOfWeek.TUESDAY), List.of(hours("08:00-16:00"))));
    }

    @Test
    void readsWeekdaysAsMondayToFriday() {
        assertThat(week("""
                zone: Europe/Berlin
                week: { weekdays: "09:00-17:00" }
                """)).isEqualTo(WeeklyHours.of(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(hours("09:00-17:00"))));
    }

    @Test
    void readsAllAsEveryDay() {
        assertThat(week("""
                zone: UTC
                week: { all: ["00:00-24:00"] }
                """)).isEqualTo(WeeklyHours.always());
    }

    @Test
    void letsALaterKeyOverrideAnEarlierOneForTheSameDay() {
        WeeklyHours week = week("""
                zone: Europe/Berlin
                week:
                  weekdays: "09:00-17:00"
                  fri: "09:00-15:00"
                  wed: []
                """);

        assertThat(week.on(DayOfWeek.THURSDAY)).containsExactly(hours("09:00-17:00"));
        assertThat(week.on(DayOfWeek.FRIDAY)).containsExactly(hours("09:00-15:00"));
        assertThat(week.days()).doesNotContainKey(DayOfWeek.WEDNESDAY);
    }

    @Test
    void letsAnEarlierAllBeOverriddenButNotALaterOne() {
        WeeklyHours week = week("""
                zone: Europe/Berlin
                week: { sun: "10:00-12:00", all: "08:00-20:00" }
                """);

        assertThat(week.on(DayOfWeek.SUNDAY)).containsExactly(hours("08:00-20:00"));
    }

    @Test
    void readsAlwaysAsAroundTheClockInUtc() {
        assertThat(CalendarYaml.parseVersions("always: true", "calendar.yaml"))
                .containsExactly(CalendarVersion.of(ZoneOffset.UTC, WeeklyHours.always()));
    }

    @Test
    void readsAlwaysInTheZoneGivenSoThatHolidaysAreLocal() {
        assertThat(CalendarYaml.parseVersions("""
                always: true
                zone: Asia/Tokyo
                holidays: [2026-01-01]
                """, "calendar.yaml"))
                .containsExactly(new CalendarVersion(Optional.empty(), ZoneId.of("Asia/Tokyo"), WeeklyHours.always(),
                        List.of(Holiday.closed(new HolidayRule.OnDate(LocalDate.of(2026, 1, 1)))), List.of()));
    }

    @Test
    void readsAnEmptyWeekAsAlwaysClosed() {
        assertThat(week("""
                zone: UTC
                week: {}
                """).days()).isEmpty();
    }

    @Test
    void letsEachVersionInheritTheTopLevelFieldsItLeavesOut() {
        List<CalendarVersion> versions = CalendarYaml.parseVersions("""
                zone: America/New_York
                week: { weekdays: "09:00-17:00" }
                holidays: [2026-12-25]
                versions:
                  - { from: 2027-01-01, week: { weekdays: "08:00-18:00" } }
                  - { from: 2027-07-01, zone: America/Chicago, holidays: [] }
                  - { from: 2028-01-01, always: true }
                """, "calendar.yaml");

        WeeklyHours nineToFive = weekdays("09:00-17:00");
        List<Holiday> christmas = List.of(Holiday.closed(new HolidayRule.OnDate(LocalDate.of(2026, 12, 25))));
        ZoneId chicago = ZoneId.of("America/Chicago");
        assertThat(versions).containsExactly(
                new CalendarVersion(Optional.empty(), NEW_YORK, nineToFive, christmas, List.of()),
                new CalendarVersion(Optional.of(LocalDate.of(2027, 1, 1)), NEW_YORK, weekdays("08:00-18:00"),
                        christmas, List.of()),
                new CalendarVersion(Optional.of(LocalDate.of(2027, 7, 1)), chicago, nineToFive, List.of(), List.of()),
                new CalendarVersion(Optional.of(LocalDate.of(2028, 1, 1)), NEW_YORK, WeeklyHours.always(),
                        christmas, List.of()));
    }

    @Test
    void buildsTheBusinessCalendarFromTheVersions() {
        BusinessCalendar calendar = CalendarYaml.parse("""
                zone: America/New_York
                week: { weekdays: "09:00-17:00" }
                versions:
                  - { from: 2027-01-01, zone: Europe/London }
                """, "calendar.yaml");

        assertThat(calendar.versions()).extracting(CalendarVersion::zone)
                .containsExactly(NEW_YORK, ZoneId.of("Europe/London"));
    }

    @Test
    void acceptsJsonAsWell() {
        assertThat(CalendarYaml.parseVersions("""
                {"zone": "UTC", "week": {"mon": ["09:00-17:00"]}}
                """, "calendar.json"))
                .containsExactly(CalendarVersion.of(ZoneId.of("UTC"),
                        WeeklyHours.of(List.of(DayOfWeek.MONDAY), List.of(hours("09:00-17:00")))));
    }

    @Test
    void reportsEveryProblemOfADocumentAtOnce() {
        InputRejected rejected = catchThrowableOfType(InputRejected.class, () -> CalendarYaml.parse("""
                zone: Mars/Olympus_Mons
                week:
                  mon: ["09:00-12:00", "13:00-25:00"]
                  monday: "09:00-17:00"
                holidays:
                  - 2026-02-30
                  - { nth: 0, weekday: thursday, month: 11 }
                extra_days:
                  - { date: 2026-12-27 }
                versions:
                  - { from: 2027-01-01, always: yes }
                  - { from: 2026-06-01 }
                colour: blue
                """, "acme.yaml"));

        assertThat(rejected.problems()).extracting(InputProblem::toString).containsExactly(
                "acme.yaml:1:7: /zone: unknown time zone 'Mars/Olympus_Mons'; expected an IANA zone id such as"
                        + " America/New_York",
                "acme.yaml:3:24: /week/mon/1: Expected an end time HH:MM in hours '13:00-25:00', found '25:00'",
                "acme.yaml:4:11: /week/monday: unknown key 'monday'; expected one of mon, tue, wed, thu, fri, sat,"
                        + " sun, weekdays, all",
                "acme.yaml:6:5: /holidays/0: expected a date YYYY-MM-DD, found '2026-02-30'",
                "acme.yaml:7:12: /holidays/1/nth: expected 1 to 5, or -1 for the last, found 0",
                "acme.yaml:7:24: /holidays/1/weekday: expected a weekday mon, tue, wed, thu, fri, sat or sun,"
                        + " found 'thursday'",
                "acme.yaml:9:5: /extra_days/0: missing key 'hours' (the hours open that day)",
                "acme.yaml:11:33: /versions/0/always: expected true or false, found 'yes'",
                "acme.yaml:12:13: /versions/1/from: expected a date after 2027-01-01 (the 'from' of the version"
                        + " before), found 2026-06-01",
                "acme.yaml:13:9: /colour: unknown key 'colour'; expected one of zone, week, always, holidays,"
                        + " extra_days, versions");
        assertThat(rejected).hasMessageStartingWith("10 problems:\nacme.yaml:1:7: /zone: unknown time zone");
    }

    @Test
    void rejectsAnEmptyDocument() {
        assertThat(catchThrowableOfType(InputRejected.class, () -> CalendarYaml.parse("", "calendar.yaml")))
                .hasMessage("1 problem:\ncalendar.yaml: the document is empty");
    }

    @Test
    void reportsProblemsInsideALargerDocumentAtTheirPathThere() {
        Problems problems = new Problems();
        YamlNode root = YamlDocument.parse("""
                calendars:
                  support:
                    zone: Europe/Berlin
                    week: { weekdays: "09:00-17:00", fri: "09-12" }
                """, "contract.yaml", problems).orElseThrow();

        Optional<BusinessCalendar> calendar = CalendarYaml.read(root.entries().get("calendars").entries().get("support"));

        assertThat(calendar).isEmpty();
        assertThat(problems.list()).extracting(InputProblem::toString).containsExactly(
                "contract.yaml:4:43: /calendars/support/week/fri: Expected a start time HH:MM in hours '09-12',"
                        + " found '09'");
    }

    private static WeeklyHours week(String text) {
        List<CalendarVersion> versions = CalendarYaml.parseVersions(text, "calendar.yaml");
        assertThat(versions).hasSize(1);
        return versions.get(0).week();
    }

    private static WeeklyHours weekdays(String hours) {
        return WeeklyHours.of(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(hours(hours)));
    }

    private static OpenHours hours(String text) {
        return OpenHours.parse(text);
    }
}
