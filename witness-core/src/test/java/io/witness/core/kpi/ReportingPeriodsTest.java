package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportingPeriodsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void readsARangeOfMonths() {
        ReportingPeriods periods = ReportingPeriods.parse("2026-01..2026-03", NEW_YORK);
        assertThat(periods.periods()).extracting(Object::toString).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(periods).hasToString("2026-01..2026-03 (America/New_York)");
    }

    @Test
    void readsARangeOfQuartersAcrossAYear() {
        ReportingPeriods periods = ReportingPeriods.parse("2025-Q4..2026-Q2", ZoneOffset.UTC);
        assertThat(periods.periods()).extracting(Object::toString).containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(periods.get(1).startInclusive()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(periods.get(1).endExclusive()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void readsOnePeriod() {
        assertThat(ReportingPeriods.parse("2026-02", NEW_YORK).periods()).extracting(Object::toString)
                .containsExactly("2026-02");
    }

    static Stream<Arguments> badRanges() {
        return Stream.of(
                Arguments.of("2026-13", "Expected periods such as 2026-01..2026-03 or 2026-Q1..2026-Q2, found '2026-13': "
                        + "Expected a month such as 2026-01 or a quarter such as 2026-Q1, found '2026-13'"),
                Arguments.of("2026-Q5", "Expected periods such as 2026-01..2026-03 or 2026-Q1..2026-Q2, found '2026-Q5': "
                        + "Expected a month such as 2026-01 or a quarter such as 2026-Q1, found '2026-Q5'"),
                Arguments.of("2026-03..2026-01", "Expected periods such as 2026-01..2026-03 or 2026-Q1..2026-Q2, found "
                        + "'2026-03..2026-01': The last period 2026-01 is before the first 2026-03"),
                Arguments.of("2026-01..2026-Q2", "Expected periods such as 2026-01..2026-03 or 2026-Q1..2026-Q2, found "
                        + "'2026-01..2026-Q2': A range of periods is all months or all quarters, got 2026-01 and 2026-Q2"));
    }

    @ParameterizedTest
    @MethodSource("badRanges")
    void refusesWhatIsNotARangeOfPeriods(String text, String message) {
        assertThatThrownBy(() -> ReportingPeriods.parse(text, NEW_YORK)).isInstanceOf(DateTimeException.class)
                .hasMessage(message);
    }

    @Test
    void refusesAPeriodThatIsNotAWholeMonth() {
        assertThatThrownBy(() -> new ReportingPeriod(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 2),
                ReportingPeriod.Length.MONTH)).isInstanceOf(DateTimeException.class)
                .hasMessage("A reporting period is a whole month, not 2026-01-02 to 2026-02-02");
    }

    @Test
    void periodsStartAtMidnightInTheirZone() {
        ReportingPeriods periods = ReportingPeriods.parse("2026-01..2026-02", NEW_YORK);
        long februaryStarts = Instant.parse("2026-02-01T05:00:00Z").toEpochMilli();
        assertThat(periods.indexOf(februaryStarts - 1)).isZero();
        assertThat(periods.indexOf(februaryStarts)).isEqualTo(1);
        assertThat(periods.indexOf(Instant.parse("2026-01-01T04:59:59.999Z").toEpochMilli())).isEqualTo(-1);
        assertThat(periods.indexOf(Instant.parse("2026-03-01T05:00:00Z").toEpochMilli())).isEqualTo(-1);
    }

    @Test
    void aMonthAfterTheClocksChangeStartsAtTheNewOffset() {
        // New York moves to daylight time on 8 March 2026: April starts at 00:00-04:00.
        ReportingPeriods periods = ReportingPeriods.parse("2026-03..2026-04", NEW_YORK);
        assertThat(periods.startMillis(1)).isEqualTo(Instant.parse("2026-04-01T04:00:00Z").toEpochMilli());
        assertThat(periods.endMillis(0)).isEqualTo(periods.startMillis(1));
    }

    @Test
    void aMonthWhoseFirstMidnightTheClocksSkipStartsWhenTheyResume() {
        // Paraguay moved to summer time at 00:00 on Sunday 1 October 2017: the day began at 01:00 (-03:00).
        ReportingPeriods periods = ReportingPeriods.parse("2017-10", ZoneId.of("America/Asuncion"));
        assertThat(periods.startMillis(0)).isEqualTo(Instant.parse("2017-10-01T04:00:00Z").toEpochMilli());
    }

    @Test
    void coversEveryInstantBetweenTwo() {
        ReportingPeriods periods = ReportingPeriods.covering(Instant.parse("2026-01-31T23:00:00Z"),
                Instant.parse("2026-04-01T02:00:00Z"), ReportingPeriod.Length.MONTH, NEW_YORK);
        // 2026-01-31T23:00Z is 18:00 on 31 January in New York; 2026-04-01T02:00Z is 22:00 on 31 March.
        assertThat(periods.periods()).extracting(Object::toString).containsExactly("2026-01", "2026-02", "2026-03");
    }
}
