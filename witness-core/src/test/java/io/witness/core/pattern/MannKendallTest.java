package io.witness.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannKendallTest {

    @Test
    void aRisingSeriesOfFiveHasTheExactPOfTwoPermutationsIn120() {
        MannKendall test = MannKendall.of(new double[] {1, 2, 3, 4, 5});
        assertThat(test.s()).isEqualTo(10);
        assertThat(test.exact()).isTrue();
        // Only the sorted and the reversed permutation reach |S| = 10.
        assertThat(test.p()).isCloseTo(2.0 / 120, within(1e-12));
    }

    @Test
    void oneSwapOfFiveLeavesSEightWithTenPermutationsAtLeastAsExtreme() {
        MannKendall test = MannKendall.of(new double[] {2, 1, 3, 4, 5});
        assertThat(test.s()).isEqualTo(8);
        // S >= 8: the sorted one and the 4 with one inversion; twice that for both directions.
        assertThat(test.p()).isCloseTo(10.0 / 120, within(1e-12));
    }

    @Test
    void elevenValuesUseTheNormalApproximationWithAContinuityCorrection() {
        double[] rising = new double[11];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = i;
        }
        MannKendall test = MannKendall.of(rising);
        assertThat(test.exact()).isFalse();
        assertThat(test.s()).isEqualTo(55);
        // Var(S) = 11 * 10 * 27 / 18 = 165; z = 54 / sqrt(165) = 4.2039; p = 2 (1 - Phi(z)) = 2.6236e-5.
        assertThat(test.variance()).isEqualTo(165);
        assertThat(test.p()).isCloseTo(2.6236e-5, within(1e-8));
    }

    @Test
    void tiesShrinkTheVarianceAndTakeTheNormalApproximation() {
        MannKendall test = MannKendall.of(new double[] {1, 1, 2, 2});
        assertThat(test.s()).isEqualTo(4);
        // Var(S) = (4 * 3 * 13 - 2 * (2 * 1 * 9)) / 18 = 120 / 18; z = 3 / sqrt(6.667) = 1.1619; p = 0.24528.
        assertThat(test.variance()).isCloseTo(120.0 / 18, within(1e-12));
        assertThat(test.exact()).isFalse();
        assertThat(test.p()).isCloseTo(0.24528, within(1e-5));
    }

    @Test
    void aFlatSeriesHasNoTrend() {
        MannKendall test = MannKendall.of(new double[] {3, 3, 3, 3});
        assertThat(test.s()).isZero();
        assertThat(test.p()).isEqualTo(1);
        assertThat(test.isSignificant(0.05)).isFalse();
    }

    @Test
    void oneValueHasNoTrend() {
        assertThat(MannKendall.of(new double[] {3})).isEqualTo(new MannKendall(1, 0, 0, 1, true));
    }
}
