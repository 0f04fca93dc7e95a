package io.witness.core.reconcile;

import static io.witness.core.reconcile.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.PartyId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case's differences found once and kept as figures read as the same differences every time, whether found before
 * the first read or by it: clock by clock (the elapsed one of a clock first), then the stretches.
 */
class DifferencesKeptAsFiguresReadAsBeforeTest {

    private static final Reconciler RECONCILER = new Reconciler(Scenario.dental(), ReconcileRules.defaults());

    private static CaseReport report() {
        return RECONCILER.reconcile(Scenario.oneCase(new PartyId("acme-dental"), new PartyId("northwind"),
                line("INC0020001", "client", "opened", "2026-03-04T09:55:00-05:00", "\"priority\":\"P2\",\"status\":\"New\""),
                line("INC0020001", "client", "details", "2026-03-04T09:55:00-05:00",
                        "\"refs\":[{\"system\":\"cw-psa\",\"id\":\"T1001\"}]"),
                line("T1001", "provider", "opened", "2026-03-04T09:58:00-05:00", "\"priority\":\"P2\",\"status\":\"New\""),
                line("T1001", "provider", "status", "2026-03-04T10:00:00-05:00", "\"status\":\"In Progress\""),
                line("T1001", "provider", "reply", "2026-03-04T10:02:00-05:00", ""),
                line("INC0020001", "client", "status", "2026-03-04T14:00:00-05:00", "\"status\":\"In Progress\""),
                line("T1001", "provider", "status", "2026-03-04T15:00:00-05:00", "\"status\":\"Completed\""),
                line("T1001", "provider", "resolved", "2026-03-04T15:00:00-05:00", ""),
                line("INC0020001", "client", "status", "2026-03-04T15:05:00-05:00", "\"status\":\"Resolved\""),
                line("INC0020001", "client", "resolved", "2026-03-04T15:05:00-05:00", "")), Instant.parse("2026-03-04T23:00:00Z"));
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
