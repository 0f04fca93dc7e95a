package io.witness.core.reconcile;

import static io.witness.core.reconcile.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.contract.Contract;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.finding.Finding;
import io.witness.core.finding.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The client raises a P3 to P1 an hour in; the provider's PSA never does. Resolution is retargeted. */
class ReconcilingAPriorityRaisedMidLifeTest {

    private static final Contract RETARGET = Scenario.contract(Path.of("src/test/resources/reconcile/retarget.yaml"));

    private static CaseReport report() {
        Case c = Scenario.oneCase(Scenario.CLIENT, Scenario.PROVIDER,
                line("INC0040001", "client", "opened", "2026-03-02T09:00:00-05:00", "\"priority\":\"P3\",\"status\":\"New\""),
                line("INC0040001", "provider", "opened", "2026-03-02T09:00:00-05:00", "\"priority\":\"P3\",\"status\":\"New\""),
                line("INC0040001", "client", "priority", "2026-03-02T10:00:00-05:00", "\"priority\":\"P1\""),
                line("INC0040001", "provider", "resolved", "2026-03-02T14:00:00-05:00", ""),
                line("INC0040001", "client", "resolved", "2026-03-02T14:05:00-05:00", ""));
        return new Reconciler(RETARGET, ReconcileRules.defaults()).reconcile(c, Instant.parse("2026-03-03T00:00:00Z"));
    }

    private static ClockResult resolution(CaseReport report, Side side) {
        return report.clocks().on(side).get(0);
    }

    @Test
    void measuresTheWholeClockAgainstTheRaisedPriorityOnTheWitnessedTimeline() {
        CaseReport report = report();

        // Witnessed: the client's record decides the priority (P1 from 10:00), the provider's resolution stops it:
        // retargeted, 09:00-14:00 on the always calendar = 5 h against P1's 4 h, breached at 13:00.
        ClockResult witnessed = resolution(report, Side.WITNESS);
        assertThat(witnessed.priority()).contains(new Priority("P1"));
        assertThat(witnessed.elapsed()).isEqualTo(Duration.ofHours(5));
        assertThat(witnessed.breachedAt()).contains(Instant.parse("2026-03-02T18:00:00Z"));
        // The PSA never raised it: P3, 5 business hours against 24, met.
        ClockResult provider = resolution(report, Side.PROVIDER);
        assertThat(provider.priority()).contains(new Priority("P3"));
        assertThat(provider.elapsed()).isEqualTo(Duration.ofHours(5));
        assertThat(provider.state()).isEqualTo(ClockState.MET);
        // The client's own record: P1, stopped by its own resolution at 14:05: 5 h 5 min.
        assertThat(resolution(report, Side.CLIENT).elapsed()).isEqualTo(Duration.ofMinutes(305));
    }

    @Test
    void reportsTheBreachAndTheDisagreementOfTheVerdicts() {
        CaseReport report = report();

        Finding breach = report.findings().stream().filter(f -> f.kind().equals(ReconcileFindings.SLA_BREACH)).findFirst()
                .orElseThrow();
        assertThat(breach.title()).isEqualTo("INC0040001: resolution took 5 h against 4 h (section 4.3)");
        assertThat(breach.explanation()).startsWith("Section 4.3 guarantees a 4-hour resolution for P1; actual 5 h.");
        Finding disagreement = report.findings().stream()
                .filter(f -> f.kind().equals(ReconcileFindings.CLOCK_DISAGREEMENT)).findFirst().orElseThrow();
        assertThat(disagreement.severity()).isEqualTo(Severity.HIGH);
        assertThat(disagreement.title()).isEqualTo("INC0040001: resolution clock — the client's record 5 h 5 min (breached),"
                + " the provider's 5 h (met) (section 4.3)");
    }
}
