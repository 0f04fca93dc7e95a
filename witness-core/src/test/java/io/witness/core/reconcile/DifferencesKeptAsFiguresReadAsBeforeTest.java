package io.witness.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case's differences found once and kept as figures read as the same differences every time, whether found before
 * the first read or by it: clock by clock (the elapsed one of a clock first), then the stretches.
 */
class DifferencesKeptAsFiguresReadAsBeforeTest {

    private static CaseReport report() {
        return ReconcilingDentalScenariosTest.fourHoursInProgressAgainstNew();
    }

    @Test
    void readsTheSameDifferencesFoundFirstOrWhenRead() {
        CaseReport foundFirst = report();
        foundFirst.findDifferences();
        List<Difference> read = foundFirst.differences();
        List<Difference> readWhenFound = report().differences();

        assertThat(read).isNotEmpty().isEqualTo(readWhenFound).isEqualTo(foundFirst.differences());
        assertThat(read).extracting(Difference::sentence)
                .isEqualTo(readWhenFound.stream().map(Difference::sentence).toList());
        assertThat(new CaseReport(foundFirst.clocks(), read, foundFirst.findings())).isEqualTo(foundFirst);
    }

    @Test
    void keepsTheOrderClockByClockElapsedFirstThenTheStretches() {
        List<Difference> read = report().differences();

        assertThat(read.get(0).aspect()).isEqualTo("elapsed");
        assertThat(read.get(read.size() - 1).aspect()).isEqualTo("status");
        assertThat(read.stream().filter(d -> d.aspect().equals("status")).map(Difference::sentence).toList())
                .anySatisfy(sentence -> assertThat(sentence).contains("shows 'In Progress'").contains("shows 'New'"));
    }
}
