package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.calendar.CalendarYaml;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The remembered deadlines of relative targets ({@link RelativeDeadlines}) are the ones computed afresh,
 * whatever the order of the starts: around DST changes (New York, Berlin, Sydney, and Santiago, whose
 * clocks change at midnight), on holidays and the days around them, and on a calendar with two versions.
 */
class RelativeDeadlinesProperties {

    private static final List<BusinessCalendar> CALENDARS = List.of(
            calendar("zone: America/New_York\nweek: { weekdays: [\"08:00-18:00\"] }\n"
                    + "holidays: [{ every_year: 07-04, observed: true }, { nth: 4, weekday: thu, month: 11 },"
                    + " { every_year: 12-25, observed: true }, 2026-03-09]\n"),
            calendar("zone: Europe/Berlin\nweek: { weekdays: [\"08:00-12:00\", \"13:00-17:00\"] }\n"
                    + "holidays: [{ from: 2026-10-23, to: 2026-10-27 }, { date: 2026-03-30, hours: [\"09:00-11:00\"] }]\n"),
            calendar("zone: Australia/Sydney\nweek: { mon: [\"22:00-24:00\"], tue: [\"00:00-06:00\", \"22:00-24:00\"],"
                    + " sat: [\"01:00-04:00\"], sun: [\"02:00-03:30\"] }\n"),
            calendar("zone: America/Santiago\nweek: { weekdays: [\"00:00-24:00\"] }\nholidays: [2026-04-06]\n"),
            calendar("always: true\n"));

    /** Starts from a week before to a week after the year's DST changes, the holidays, and the year's end. */
    private static final List<Instant> AROUND = List.of(
            Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-03-29T01:00:00Z"),
            Instant.parse("2026-04-05T03:00:00Z"), Instant.parse("2026-10-04T16:00:00Z"),
            Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"),
            Instant.parse("2026-09-06T04:00:00Z"), Instant.parse("2026-07-03T12:00:00Z"),
            Instant.parse("2026-11-26T12:00:00Z"), Instant.parse("2026-12-31T23:00:00Z"));

    private Arbitrary<Long> starts() {
        Arbitrary<Long> near = Arbitraries.of(AROUND).flatMap(centre -> Arbitraries.longs()
                .between(-7 * 86_400_000L, 7 * 86_400_000L).map(offset -> centre.toEpochMilli() + offset));
        Arbitrary<Long> onTheHour = near.map(t -> t - Math.floorMod(t, 1_800_000L));
        return Arbitraries.oneOf(near, onTheHour);
    }

    /** Several starts a try, most near each other, so that later ones find the deadlines of earlier ones. */
    @Provide
    Arbitrary<List<Long>> startLists() {
        return starts().list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<Target.ByTimeOfBusinessDay> targets() {
        Arbitrary<LocalTime> times = Arbitraries.oneOf(
                Arbitraries.of(LocalTime.NOON, LocalTime.MIDNIGHT, LocalTime.of(2, 30), LocalTime.of(0, 30),
                        LocalTime.of(23, 59)),
                Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)));
        return Arbitraries.integers().between(0, 4).flatMap(days -> times.map(
                time -> new Target.ByTimeOfBusinessDay(days, time)));
    }

    @Property(tries = 300)
    void rememberedDeadlinesAreTheOnesComputedAfresh(@ForAll("targets") Target.ByTimeOfBusinessDay target,
            @ForAll("startLists") List<Long> starts) {
        RelativeDeadlines deadlines = new RelativeDeadlines();
        for (BusinessCalendar calendar : CALENDARS) {
            for (long start : starts) {
                assertThat(deadlines.deadlineMillis(target, start, calendar))
                        .as("%s from %s", target, Instant.ofEpochMilli(start))
                        .isEqualTo(target.deadlineMillis(start, calendar));
                assertThat(deadlines.allowedMillis(target, start, calendar)).isEqualTo(target.allowedMillis(start, calendar));
            }
        }
    }

    @Property(tries = 100)
    void aCalendarOfTwoVersionsIsComputedAfresh(@ForAll("targets") Target.ByTimeOfBusinessDay target,
            @ForAll("startLists") List<Long> starts) {
        BusinessCalendar versions = calendar("zone: America/New_York\nweek: { weekdays: \"08:00-18:00\" }\n"
                + "versions:\n  - { from: 2026-03-20, zone: Europe/London, week: { weekdays: \"09:00-17:00\" } }\n"
                + "  - { from: 2026-10-01, week: { weekdays: \"10:00-16:00\" } }\n");
        RelativeDeadlines deadlines = new RelativeDeadlines();
        for (long start : starts) {
            assertThat(deadlines.deadlineMillis(target, start, versions)).isEqualTo(target.deadlineMillis(start, versions));
        }
    }

    @Example
    void theSameDateGivesTheSameDeadlineAndTheNextDateTheNext() {
        BusinessCalendar newYork = CALENDARS.get(0);
        Target.ByTimeOfBusinessDay byNoon = new Target.ByTimeOfBusinessDay(1, LocalTime.NOON);
        RelativeDeadlines deadlines = new RelativeDeadlines();
        long friday = Instant.parse("2026-03-06T14:00:00Z").toEpochMilli();
        long fridayEvening = Instant.parse("2026-03-06T23:00:00Z").toEpochMilli();
        long saturday = Instant.parse("2026-03-07T06:00:00Z").toEpochMilli();

        // Monday 9 March is a holiday here: Friday's deadline is Tuesday noon (EDT from Sunday the 8th).
        assertThat(Instant.ofEpochMilli(deadlines.deadlineMillis(byNoon, friday, newYork)))
                .isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
        assertThat(deadlines.deadlineMillis(byNoon, fridayEvening, newYork))
                .isEqualTo(deadlines.deadlineMillis(byNoon, friday, newYork));
        assertThat(Instant.ofEpochMilli(deadlines.deadlineMillis(byNoon, saturday, newYork)))
                .isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
    }

    private static BusinessCalendar calendar(String yaml) {
        return CalendarYaml.parse(yaml, "test");
    }
}
