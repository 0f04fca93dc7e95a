package io.witness.core.calendar;

import static io.witness.core.calendar.BusinessCalendarTest.at;
import static io.witness.core.calendar.BusinessCalendarTest.utc;
import static io.witness.core.calendar.Calendars.LONDON;
import static io.witness.core.calendar.Calendars.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A calendar whose hours or zone change on a date: each local date follows the version in effect on it. */
class BusinessCalendarWithVersionsTest {

    @Test
    void countsTheOldHoursBeforeTheChangeAndTheNewHoursFromIt() {
        BusinessCalendar calendar = Calendars.longerHoursFromJuly2026();

        assertThat(calendar.between(at("2026-06-30T00:00", NEW_YORK), at("2026-07-02T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(8 + 10));
        assertThat(calendar.isOpen(at("2026-06-30T08:30", NEW_YORK))).isFalse();
        assertThat(calendar.isOpen(at("2026-07-01T08:30", NEW_YORK))).isTrue();
        assertThat(calendar.nextOpen(at("2026-06-30T17:30", NEW_YORK))).isEqualTo(at("2026-07-01T08:00", NEW_YORK));
    }

    @Test
    void addsAndSubtractsOverTheChange() {
        BusinessCalendar calendar = Calendars.longerHoursFromJuly2026();

        assertThat(calendar.add(at("2026-06-30T16:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2026-07-01T09:00", NEW_YORK));
        assertThat(calendar.subtract(at("2026-07-01T09:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2026-06-30T16:00", NEW_YORK));
    }

    @Test
    void changesZoneAtTheStartOfTheEffectiveDateInTheNewZone() {
        BusinessCalendar calendar = Calendars.movesToLondonIn2027();

        assertThat(calendar.zoneAt(utc("2026-12-31T23:59"))).isEqualTo(NEW_YORK);
        assertThat(calendar.zoneAt(utc("2027-01-01T00:00"))).isEqualTo(LONDON);
        // New York 31 December 09:00-17:00 is 14:00-22:00 UTC; London 1 January 09:00-17:00 is 09:00-17:00 UTC.
        assertThat(calendar.between(utc("2026-12-31T00:00"), utc("2027-01-02T00:00"))).isEqualTo(Duration.ofHours(16));
        assertThat(calendar.isOpen(utc("2026-12-31T21:59"))).isTrue();
        assertThat(calendar.nextOpen(utc("2026-12-31T22:00"))).isEqualTo(utc("2027-01-01T09:00"));
        assertThat(calendar.add(at("2026-12-31T16:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(at("2027-01-01T10:00", LONDON));
    }

    @Test
    void addsDaysAtTheLocalTimeOfTheVersionOfTheDateReached() {
        BusinessCalendar calendar = Calendars.movesToLondonIn2027();

        assertThat(calendar.addDays(at("2026-12-31T10:00", NEW_YORK), 1)).isEqualTo(at("2027-01-01T10:00", LONDON));
    }

    @Test
    void refusesVersionsOutOfOrder() {
        CalendarVersion first = CalendarVersion.of(ZoneOffset.UTC, WeeklyHours.always());
        CalendarVersion july = version(LocalDate.of(2026, 7, 1));
        CalendarVersion june = version(LocalDate.of(2026, 6, 1));

        assertThatThrownBy(() -> BusinessCalendar.of(List.of(first, july, june)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> BusinessCalendar.of(List.of(first, july, july)))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> BusinessCalendar.of(List.of(july))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> BusinessCalendar.of(List.of(first, first))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> BusinessCalendar.of(List.of())).isInstanceOf(DateTimeException.class);
    }

    @Test
    void readsTheSameCalendarFromYaml() {
        BusinessCalendar calendar = CalendarYaml.parse("""
                zone: America/New_York
                week: { weekdays: "09:00-17:00" }
                versions:
                  - { from: 2026-07-01, week: { weekdays: "08:00-18:00" } }
                """, "calendar.yaml");

        assertThat(calendar.versions()).isEqualTo(Calendars.longerHoursFromJuly2026().versions());
    }

    private static CalendarVersion version(LocalDate from) {
        return new CalendarVersion(Optional.of(from), ZoneOffset.UTC, WeeklyHours.always(), List.of(), List.of());
    }
}
