package io.witness.core.calendar;

import static io.witness.core.calendar.Calendars.BERLIN;
import static io.witness.core.calendar.Calendars.HONOLULU;
import static io.witness.core.calendar.Calendars.LONDON;
import static io.witness.core.calendar.Calendars.NEW_YORK;
import static io.witness.core.calendar.Calendars.SYDNEY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * What the calendar properties draw from: calendars with DST zones, touching and overnight periods and
 * versions; instants in 2024–2030 with extra weight on the instants where something happens.
 */
final class CalendarSamples {

    /** A calendar with a name for failure reports; {@code closes} is false for one open around the clock. */
    record Named(String name, BusinessCalendar calendar, boolean closes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Named> CALENDARS = List.of(
            new Named("24x7 UTC", Calendars.always(), false),
            new Named("9-5 New York with US holidays", Calendars.usHolidaysNewYork(), true),
            new Named("lunch-break Berlin", Calendars.lunchBreakBerlin(), true),
            new Named("overnight Sydney", Calendars.overnightSydney(), true),
            new Named("weekend maintenance New York", Calendars.weekendMaintenanceIn(NEW_YORK), true),
            new Named("New York then London from 2027", Calendars.movesToLondonIn2027(), true),
            new Named("New York longer hours from July 2026", Calendars.longerHoursFromJuly2026(), true),
            new Named("9-5 Honolulu (days end after the UTC year)", Calendars.nineToFiveIn(HONOLULU), true),
            new Named("New York with partial holidays and extra days", Calendars.partialHolidaysAndExtraDaysNewYork(), true));

    static final List<Named> ALL_DAY = List.of(
            new Named("24x7 UTC", Calendars.always(), false),
            new Named("24x7 New York", Calendars.allDayIn(NEW_YORK), false),
            new Named("24x7 Sydney", Calendars.allDayIn(SYDNEY), false),
            new Named("24x7 Berlin", Calendars.allDayIn(BERLIN), false));

    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, NEW_YORK, BERLIN, SYDNEY, LONDON, HONOLULU);
    private static final List<Instant> CHANGES = ZONES.stream()
            .flatMap(zone -> transitions(zone).stream().map(ZoneOffsetTransition::getInstant))
            .toList();
    private static final List<Instant> EDGES = edges();

    private CalendarSamples() {
    }

    static Arbitrary<Named> calendars() {
        return Arbitraries.of(CALENDARS);
    }

    static Arbitrary<Instant> instants() {
        Arbitrary<Instant> any = Arbitraries.longs()
                .between(FROM.toEpochMilli(), TO.toEpochMilli() - 1)
                .withDistribution(RandomDistribution.uniform())
                .map(Instant::ofEpochMilli);
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(2, Arbitraries.of(EDGES)), Tuple.of(2, nearChanges()));
    }

    /** Instants within two hours of a DST change of one of the zones, where local times are skipped or repeated. */
    static Arbitrary<Instant> nearChanges() {
        long window = Duration.ofHours(2).toMillis();
        return Arbitraries.of(CHANGES).flatMap(change -> Arbitraries.longs().between(-window, window)
                .withDistribution(RandomDistribution.uniform())
                .map(change::plusMillis));
    }

    /** How many business days to add: often none or one, where the edge cases are. */
    static Arbitrary<Integer> dayCounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(0, 2)), Tuple.of(1, Arbitraries.integers().between(0, 30)));
    }

    /** Up to 400 hours, to the millisecond, often whole hours. */
    static Arbitrary<Duration> durations() {
        Arbitrary<Duration> any = Arbitraries.longs().between(0, Duration.ofHours(400).toMillis())
                .withDistribution(RandomDistribution.uniform())
                .map(Duration::ofMillis);
        Arbitrary<Duration> hours = Arbitraries.longs().between(0, 400).map(Duration::ofHours);
        Arbitrary<Duration> tiny = Arbitraries.longs().between(0, 2).map(Duration::ofMillis);
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(2, hours), Tuple.of(1, tiny));
    }

    /**
     * DST changes of the zones, local year ends, leap days and the local times where the sample
     * calendars' periods start or end on dates around those, each also one millisecond either side.
     */
    private static List<Instant> edges() {
        TreeSet<Instant> edges = new TreeSet<>();
        List<LocalDate> dates = new ArrayList<>(List.of(
                LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 12, 25)));
        for (ZoneId zone : ZONES) {
            for (ZoneOffsetTransition change : transitions(zone)) {
                Instant at = change.getInstant();
                edges.add(at);
                edges.add(at.minus(Duration.ofHours(1)));
                edges.add(at.plus(Duration.ofHours(1)));
                LocalDate day = change.getDateTimeBefore().toLocalDate();
                dates.add(day.minusDays(1));
                dates.add(day);
            }
            for (int year = 2024; year <= 2030; year++) {
                dates.add(LocalDate.of(year, 1, 1));
                dates.add(LocalDate.of(year, 12, 31));
            }
        }
        List<LocalTime> times = List.of(LocalTime.MIDNIGHT, LocalTime.of(6, 0), LocalTime.of(8, 0), LocalTime.of(9, 0),
                LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(18, 0), LocalTime.of(22, 0));
        for (ZoneId zone : ZONES) {
            for (LocalDate date : dates) {
                for (LocalTime time : times) {
                    edges.add(date.atTime(time).atZone(zone).toInstant());
                }
            }
        }
        List<Instant> withNeighbours = new ArrayList<>();
        for (Instant edge : edges) {
            if (!edge.isBefore(FROM.plusMillis(1)) && edge.isBefore(TO.minusMillis(1))) {
                withNeighbours.add(edge.minusMillis(1));
                withNeighbours.add(edge);
                withNeighbours.add(edge.plusMillis(1));
            }
        }
        return List.copyOf(withNeighbours);
    }

    private static List<ZoneOffsetTransition> transitions(ZoneId zone) {
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        ZoneOffsetTransition next = zone.getRules().nextTransition(FROM);
        while (next != null && next.getInstant().isBefore(TO)) {
            changes.add(next);
            next = zone.getRules().nextTransition(next.getInstant());
        }
        return changes;
    }
}
