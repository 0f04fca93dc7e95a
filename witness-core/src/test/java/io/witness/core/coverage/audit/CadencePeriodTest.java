package io.witness.core.coverage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.contract.Cadence;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Calendar periods of each cadence, and the date one cadence later. */
class CadencePeriodTest {

    static Stream<Arguments> periodsContainingThursday20260521() {
        return Stream.of(
                Arguments.of(Cadence.DAILY, "2026-05-21", "2026-05-22", "2026-05-21"),
                Arguments.of(Cadence.WEEKLY, "2026-05-18", "2026-05-25", "the week of 2026-05-18"),
                Arguments.of(Cadence.MONTHLY, "2026-05-01", "2026-06-01", "2026-05"),
                Arguments.of(Cadence.QUARTERLY, "2026-04-01", "2026-07-01", "2026 Q2"),
                Arguments.of(Cadence.BIANNUAL, "2026-01-01", "2026-07-01", "2026 H1"),
                Arguments.of(Cadence.ANNUAL, "2026-01-01", "2027-01-01", "2026"));
    }

    @ParameterizedTest
    @MethodSource("periodsContainingThursday20260521")
    void findsThePeriodContainingADate(Cadence cadence, String start, String end, String label) {
        CadencePeriod period = CadencePeriod.containing(cadence, LocalDate.parse("2026-05-21"));

        assertThat(period.startInclusive()).isEqualTo(LocalDate.parse(start));
        assertThat(period.endExclusive()).isEqualTo(LocalDate.parse(end));
        assertThat(period.label()).isEqualTo(label);
    }

    @Test
    void listsOnlyThePeriodsWhollyInsideARange() {
        assertThat(CadencePeriod.within(Cadence.QUARTERLY, LocalDate.parse("2026-01-15"), LocalDate.parse("2026-10-01")))
                .extracting(CadencePeriod::label).containsExactly("2026 Q2", "2026 Q3");
        assertThat(CadencePeriod.within(Cadence.WEEKLY, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-12")))
                .extracting(CadencePeriod::label).containsExactly("the week of 2026-01-05");
        assertThat(CadencePeriod.within(Cadence.MONTHLY, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))).isEmpty();
    }

    @Test
    void movesOneCadenceOnKeepingTheDayWhereTheMonthHasIt() {
        assertThat(CadencePeriod.after(Cadence.MONTHLY, LocalDate.parse("2026-01-31"))).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(CadencePeriod.after(Cadence.QUARTERLY, LocalDate.parse("2026-01-20"))).isEqualTo(LocalDate.parse("2026-04-20"));
        assertThat(CadencePeriod.after(Cadence.BIANNUAL, LocalDate.parse("2025-11-02"))).isEqualTo(LocalDate.parse("2026-05-02"));
        assertThat(CadencePeriod.after(Cadence.ANNUAL, LocalDate.parse("2028-02-29"))).isEqualTo(LocalDate.parse("2029-02-28"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new CadencePeriod(Cadence.DAILY, LocalDate.parse("2026-05-21"), LocalDate.parse("2026-05-21")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A period ends after it starts, got 2026-05-21 to 2026-05-21");
    }
}
