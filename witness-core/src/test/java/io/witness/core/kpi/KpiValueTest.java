package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KpiValueTest {

    static Stream<Arguments> durations() {
        return Stream.of(
                // values, mean, median, p90 (nearest rank: ceil(0.9 n)-th smallest)
                Arguments.of(new long[] {7}, 7, 7, 7),
                Arguments.of(new long[] {10, 20}, 15, 15, 20),
                Arguments.of(new long[] {3, 1, 2}, 2, 2, 3),
                Arguments.of(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5, 5, 9),
                Arguments.of(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 6, 6, 10),
                Arguments.of(new long[] {0, 0, 1, 100}, 25, 0, 100));
    }

    @ParameterizedTest
    @MethodSource("durations")
    void durationsHaveMeanMedianAndNearestRankP90(long[] values, long mean, long median, long p90) {
        assertThat(KpiValue.Times.of(values.clone(), values.length))
                .isEqualTo(new KpiValue.Times(values.length, mean, median, p90));
    }

    @Test
    void theMeanAndTheMedianAreRoundedDownToTheMillisecond() {
        assertThat(KpiValue.Times.of(new long[] {1, 2}, 2)).isEqualTo(new KpiValue.Times(2, 1, 1, 2));
    }

    @Test
    void onlyTheFirstCountValuesAreTaken() {
        assertThat(KpiValue.Times.of(new long[] {5, 1, 999, 999}, 2)).isEqualTo(new KpiValue.Times(2, 3, 3, 5));
    }

    @Test
    void noDurationsHaveNoFigure() {
        assertThat(KpiValue.Times.of(new long[0], 0)).isEqualTo(KpiValue.Times.none());
        assertThat(KpiValue.Times.none().figure()).isEmpty();
        assertThat(KpiValue.Times.none().headline()).isEqualTo("none");
    }

    @Test
    void refusesANegativeDuration() {
        assertThatThrownBy(() -> KpiValue.Times.of(new long[] {5, -1}, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A duration cannot be negative, got -1 ms");
    }

    @Test
    void refusesARateAboveOne() {
        assertThatThrownBy(() -> new KpiValue.Rate(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rate needs 0 <= numerator <= denominator, got 3 of 2");
    }

    @Test
    void refusesAMedianAboveTheP90() {
        assertThatThrownBy(() -> new KpiValue.Times(2, 5, 6, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Durations need count, mean, median >= 0 and median <= p90, got 2, 5, 6, 5");
    }

    @Test
    void headlinesSayTheFigures() {
        assertThat(new KpiValue.Rate(12, 13).headline()).isEqualTo("92.3% (12 of 13)");
        assertThat(new KpiValue.Rate(0, 0).headline()).isEqualTo("none");
        assertThat(new KpiValue.Times(12, 4_200_000, 3_720_000, 7_200_000).headline())
                .isEqualTo("median 1 h 2 min, mean 1 h 10 min, p90 2 h (12)");
        assertThat(new KpiValue.Count(4).headline()).isEqualTo("4");
    }

    @Test
    void changesFollowTheKpisPolarity() {
        assertThat(KpiChange.between(new KpiValue.Rate(9, 10), new KpiValue.Rate(19, 20), KpiId.SLA_ATTAINMENT))
                .hasValueSatisfying(c -> assertThat(c).hasToString("+5.0 pp (better)"));
        assertThat(KpiChange.between(new KpiValue.Rate(1, 10), new KpiValue.Rate(3, 20), KpiId.REOPEN_RATE))
                .hasValueSatisfying(c -> assertThat(c).hasToString("+5.0 pp (worse)"));
        assertThat(KpiChange.between(new KpiValue.Times(1, 80, 80, 80), new KpiValue.Times(1, 70, 70, 70),
                KpiId.MTTR_RESPONSE)).hasValueSatisfying(c -> assertThat(c).hasToString("-12.5% (better)"));
        assertThat(KpiChange.between(new KpiValue.Count(4), new KpiValue.Count(7), KpiId.VOLUME))
                .hasValueSatisfying(c -> assertThat(c).hasToString("+3 (up)"));
    }

    @Test
    void noChangeIsGivenWithoutBothFigures() {
        assertThat(KpiChange.between(new KpiValue.Rate(0, 0), new KpiValue.Rate(1, 2), KpiId.SLA_ATTAINMENT)).isEmpty();
        assertThat(KpiChange.between(new KpiValue.Times(1, 0, 0, 0), new KpiValue.Times(1, 5, 5, 5), KpiId.MTTR_RESPONSE))
                .isEmpty();
    }
}
