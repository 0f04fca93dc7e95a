package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An instant's UTC year, found through the bucket table, is the year its date falls in. */
class UtcYearsTest {

    @Test
    void findsTheYearOnEitherSideOfEveryYearStart() {
        for (int year = UtcYears.FIRST; year < UtcYears.END; year++) {
            int index = year - UtcYears.FIRST;
            long start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            assertThat(UtcYears.start(index)).isEqualTo(start);
            assertThat(UtcYears.indexOf(start)).as("start of %d", year).isEqualTo(index);
            assertThat(UtcYears.indexOf(start + 1)).isEqualTo(index);
            if (year > UtcYears.FIRST) {
                assertThat(UtcYears.indexOf(start - 1)).as("end of %d", year - 1).isEqualTo(index - 1);
            }
            long midYear = LocalDate.of(year, 7, 2).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            assertThat(UtcYears.indexOf(midYear)).isEqualTo(index);
        }
    }

    @Test
    void findsTheYearOfEveryDayOfALeapYearAndTheNext() {
        for (LocalDate date = LocalDate.of(2024, 1, 1); date.getYear() < 2026; date = date.plusDays(1)) {
            long noon = date.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
            assertThat(UtcYears.indexOf(noon)).as("%s", date).isEqualTo(date.getYear() - UtcYears.FIRST);
        }
    }

    @Test
    void refusesInstantsOutsideTheRange() {
        long first = UtcYears.start(0);
        long end = UtcYears.start(UtcYears.COUNT);
        assertThat(UtcYears.indexOf(end - 1)).isEqualTo(UtcYears.COUNT - 1);
        assertThatThrownBy(() -> UtcYears.indexOf(first - 1)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining(Instant.ofEpochMilli(first - 1).toString());
        assertThatThrownBy(() -> UtcYears.indexOf(end)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("outside the supported range 1900 to 2399");
    }
}
