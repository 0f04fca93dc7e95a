package io.witness.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheilSenTest {

    @Test
    void takesTheMedianOfThePairwiseSlopesAndOfTheIntercepts() {
        // Slopes -2, -1.5, -7/3, -1, -2.5, -4: median (-7/3 - 2) / 2 = -13/6.
        // Intercepts 10, 8 + 13/6, 7 + 13/3, 3 + 13/2: median (10 + 61/6) / 2 = 121/12.
        TheilSen line = TheilSen.of(new double[] {0, 1, 2, 3}, new double[] {10, 8, 7, 3});
        assertThat(line.slope()).isCloseTo(-13.0 / 6, within(1e-12));
        assertThat(line.intercept()).isCloseTo(121.0 / 12, within(1e-12));
        assertThat(line.at(3)).isCloseTo(121.0 / 12 - 13.0 / 2, within(1e-12));
    }

    @Test
    void anOutlierDoesNotTurnTheLine() {
        TheilSen line = TheilSen.of(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 2, 100, 4});
        assertThat(line.slope()).isEqualTo(1);
        assertThat(line.intercept()).isEqualTo(0);
    }

    @Test
    void onePointIsAFlatLine() {
        assertThat(TheilSen.of(new double[] {2}, new double[] {5})).isEqualTo(new TheilSen(0, 5));
    }

    @Test
    void refusesUnequalLengths() {
        assertThatThrownBy(() -> TheilSen.of(new double[] {1, 2}, new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A line needs as many x as y values, at least one, got 2 and 1");
    }
}
