package io.witness.core.kpi;

import static io.witness.core.event.Side.CLIENT;
import static io.witness.core.event.Side.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Side;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reconciliation's clocks give the same profiles as the engine's, and a one-sided case is counted once. */
class ProfilesFromReconciliationTest {

    private static final KpiOptions OPTIONS = Scenarios.januaryAndFebruary(TwoMonthsOfCases.NOW);
    private static final Reconciler RECONCILER = new Reconciler(Scenarios.CONTRACT, ReconcileRules.defaults());

    @Test
    void aPairedCaseReadsTheSameThroughEitherPath() {
        Case kase = TwoMonthsOfCases.c();
        List<CaseProfile> fromReconciler = CaseProfiles.of(RECONCILER.clocks(kase, TwoMonthsOfCases.NOW), OPTIONS);
        List<CaseProfile> fromEngine = CaseProfiles.of(kase, Scenarios.clocks(kase, TwoMonthsOfCases.NOW), OPTIONS);
        assertThat(fromReconciler).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(fromReconciler.get(i).timeline()).isEqualTo(fromEngine.get(i).timeline());
            assertThat(fromReconciler.get(i).clocks()).isEqualTo(fromEngine.get(i).clocks());
            assertThat(fromReconciler.get(i).reopens()).isEqualTo(fromEngine.get(i).reopens());
            assertThat(fromReconciler.get(i).resolvedAt()).isEqualTo(fromEngine.get(i).resolvedAt());
        }
    }

    @Test
    void aOneSidedCaseHasItsSidesClocksOnceOnTheWitnessedTimeline() {
        Case kase = Story.of("X1").opened(CLIENT, "01-05 09:00", "P2").kase();
        List<CaseProfile> profiles = CaseProfiles.of(RECONCILER.clocks(kase, TwoMonthsOfCases.NOW), OPTIONS);
        assertThat(profiles).extracting(CaseProfile::timeline).containsExactly(Side.WITNESS, CLIENT);
        assertThat(profiles.get(0).clocks()).extracting(ClockFact::clock).containsExactly("response", "resolution");
    }

    @Test
    void aProviderOnlyCaseHasNoClientProfile() {
        Case kase = Story.of("X2").opened(PROVIDER, "01-05 09:00", "P2").kase();
        assertThat(CaseProfiles.of(RECONCILER.clocks(kase, TwoMonthsOfCases.NOW), OPTIONS))
                .extracting(CaseProfile::timeline).containsExactly(Side.WITNESS, PROVIDER);
    }
}
