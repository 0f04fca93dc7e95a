package io.witness.core.reconcile;

import static io.witness.core.reconcile.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider's PSA puts a P1 in "Pending Vendor" twice, a status the contract does not map; the client's
 * record uses only mapped ones. The clocks run through it, and the case says so.
 */
class ReconcilingAStatusTheContractDoesNotMapTest {

    private static final Contract RETARGET = Scenario.contract(Path.of("src/test/resources/reconcile/retarget.yaml"));

    private static CaseReport report(String resolvedAt) {
        Case c = Scenario.oneCase(Scenario.CLIENT, Scenario.PROVIDER,
                line("INC0050001", "client", "opened", "2026-03-02T09:00:00-05:00", "\"priority\":\"P1\",\"status\":\"New\""),
                line("INC0050001", "provider", "opened", "2026-03-02T09:00:00-05:00", "\"priority\":\"P1\",\"status\":\"New\""),
                line("INC0050001", "provider", "status", "2026-03-02T09:30:00-05:00", "\"status\":\"Pending Vendor\""),
                line("INC0050001", "provider", "status", "2026-03-02T10:00:00-05:00", "\"status\":\"In Progress\""),
                line("INC0050001", "provider", "status", "2026-03-02T10:30:00-05:00", "\"status\":\"Pending Vendor\""),
                line("INC0050001", "client", "status", "2026-03-02T10:40:00-05:00", "\"status\":\"In Progress\""),
                line("INC0050001", "provider", "resolved", resolvedAt, ""),
                line("INC0050001", "client", "resolved", resolvedAt, ""));
        return new Reconciler(RETARGET, ReconcileRules.defaults()).reconcile(c, Instant.parse("2026-03-03T00:00:00Z"));
    }

    private static List<Finding> unmapped(CaseReport report) {
        return report.findings().stream().filter(f -> f.kind().equals(ReconcileFindings.UNMAPPED_STATUS)).toList();
    }

    @Test
    void reportsTheStatusOnceForItsSideWithWhenAndHowOftenAndThatTheClocksRanThroughIt() {
        CaseReport report = report("2026-03-02T12:00:00-05:00");

        assertThat(unmapped(report)).hasSize(1);
        Finding finding = unmapped(report).get(0);
        assertThat(finding.id()).isEqualTo("unmapped-status/INC0050001/provider/pending-vendor");
        assertThat(finding.title()).isEqualTo("INC0050001: the provider's status 'Pending Vendor' has no class in the contract");
        assertThat(finding.explanation()).isEqualTo("The provider's record put the case in 'Pending Vendor' twice (first"
                + " 2026-03-02 14:30). Neither the record nor the contract's status classes say what it means, so it neither"
                + " paused nor stopped a clock: the clocks ran through it. Map it in the contract's status_classes if it is meant"
                + " to pause or stop the clock.");
        assertThat(finding.severity()).isEqualTo(Severity.LOW);
        assertThat(finding.at()).isEqualTo(Instant.parse("2026-03-02T14:30:00Z"));
        assertThat(finding.evidence()).extracting(Object::toString).first().asString().contains("status at 2026-03-02T14:30:00Z");
        // the clock ran through both stretches of 'Pending Vendor': 3 h of 3 h
        assertThat(report.clocks().on(io.witness.core.event.Side.WITNESS).get(0).elapsed()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void isMediumWhenAClockOfTheCaseIsBreached() {
        CaseReport report = report("2026-03-02T15:00:00-05:00");

        Finding finding = unmapped(report).get(0);
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.explanation()).contains("the clocks ran through it, and one of the case's clocks is breached.");
    }
}
